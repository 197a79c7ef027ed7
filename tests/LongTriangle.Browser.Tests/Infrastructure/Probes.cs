using System.Text.Json;

namespace LongTriangle.Browser.Tests.Infrastructure;

/// <summary>Scripts that measure the page as a reader sees it; each returns plain data for the assertion's message.</summary>
public static class Probes
{
    /// <summary>Where an element is relative to the sticky header and the viewport, and how its clause is painted.</summary>
    public const string Placement = """
        id => {
          const target = document.getElementById(id);
          if (!target) return { found: false };
          const header = document.querySelector('.site-header').getBoundingClientRect();
          const box = target.getBoundingClientRect();
          const headerBottom = Math.max(0, header.bottom);
          const clause = target.closest('.clause') || target;
          return {
            found: true,
            top: box.top,
            headerBottom: headerBottom,
            viewportHeight: innerHeight,
            scrollY: scrollY,
            clauseBackground: getComputedStyle(clause).backgroundColor,
            pageBackground: getComputedStyle(document.body).backgroundColor,
            hash: location.hash
          };
        }
        """;

    /// <summary>
    /// True once the element's top is just below the header where it is on screen (sticky on wide screens;
    /// on phones it scrolls away, and the top of the viewport counts), not under it, not far down the
    /// viewport, or below it with the page scrolled to its end (a clause near the end can go no higher).
    /// </summary>
    public const string PlacedBelowHeader = """
        id => {
          const target = document.getElementById(id);
          if (!target) return false;
          const headerBottom = Math.max(0, document.querySelector('.site-header').getBoundingClientRect().bottom);
          const top = target.getBoundingClientRect().top;
          const atEnd = scrollY + innerHeight >= document.scrollingElement.scrollHeight - 1;
          return top >= headerBottom - 1 && (top <= headerBottom + innerHeight / 4 || (atEnd && top < innerHeight));
        }
        """;

    /// <summary>Relative luminance and contrast ratio (WCAG 2) of two computed CSS colours, in the page.</summary>
    public const string ContrastFunctions = """
        const parse = c => { const m = c.match(/[\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; };
        const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        const luminance = c => { const p = parse(c); return 0.2126 * channel(p.r) + 0.7152 * channel(p.g) + 0.0722 * channel(p.b); };
        const contrast = (a, b) => { const x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
        """;

    /// <summary>Body text, link and highlighted-clause colours against their backgrounds.</summary>
    public const string Colours = "() => {" + ContrastFunctions + """
          const body = getComputedStyle(document.body);
          const link = document.querySelector('main a');
          const linkColour = link ? getComputedStyle(link).color : body.color;
          return {
            scheme: document.documentElement.getAttribute('data-colour-scheme'),
            text: body.color,
            background: body.backgroundColor,
            backgroundLuminance: luminance(body.backgroundColor),
            textContrast: contrast(body.color, body.backgroundColor),
            linkContrast: contrast(linkColour, body.backgroundColor)
          };
        }
        """;

    /// <summary>How wide the page is against the viewport.</summary>
    public const string Widths = "() => ({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: innerWidth })";

    public static double Number(this JsonElement element, string name) => element.GetProperty(name).GetDouble();

    public static string Text(this JsonElement element, string name) => element.GetProperty(name).ToString();
}
