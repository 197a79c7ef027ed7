namespace LongTriangle.Theme.Models;

/// <summary>
/// The Content-Security-Policy every page declares: everything from the site itself, no inline script or
/// style, no plug-ins. 'wasm-unsafe-eval' lets the search index (Pagefind's WebAssembly) run; it does not
/// allow eval of JavaScript.
/// </summary>
public static class SecurityPolicy
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
}
