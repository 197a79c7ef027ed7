namespace LongTriangle.Theme.Models;

/// <summary>
/// The search box every page carries in its header. Without JavaScript it is a form that opens the
/// search page with ?q=; with it, results appear below the box as the reader types.
/// </summary>
/// <param name="Action">The search page of the page's language.</param>
public sealed record SearchBoxView(string Action);
