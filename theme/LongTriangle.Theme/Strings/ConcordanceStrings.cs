namespace LongTriangle.Theme.Strings;

/// <summary>The words around the concordance: which plan clause implements which Outline clause.</summary>
public abstract class ConcordanceStrings
{
    public static ConcordanceStrings Chinese { get; } = new ChineseConcordanceStrings();

    public static ConcordanceStrings English { get; } = new EnglishConcordanceStrings();

    public static ConcordanceStrings TraditionalChinese { get; } = new TraditionalChineseConcordanceStrings();

    /// <summary>Before the Outline clauses a plan's clause implements.</summary>
    public abstract string Implements { get; }
    /// <summary>Before the clauses of other regions' plans on the same measure as a plan's clause.</summary>
    public abstract string AlsoIn { get; }
    /// <summary>Before the plans' clauses implementing an Outline clause.</summary>
    public abstract string ImplementedIn { get; }
    public abstract string Strong { get; }
    public abstract string Related { get; }
    /// <summary>The link from an Outline clause to its section's compare page.</summary>
    public abstract string CompareSection { get; }
    public abstract string CompareTitle(string section);
    public abstract string CompareDescription(string section);
    public abstract string CompareIntroduction { get; }
    public abstract string OutlineColumn { get; }
    /// <summary>In a region's column when no clause of its plans was found for the Outline clause.</summary>
    public abstract string NothingFound { get; }
    public abstract string AllSections { get; }
    public abstract string CompareIndexTitle(string document);
    public abstract string CompareIndexIntroduction { get; }
    public abstract string ClauseCount(int count);
    /// <summary>The heading of the compare links on region pages and beside the Outline's contents.</summary>
    public abstract string CompareWithOutline { get; }
    /// <summary>The same links on the Outline's own page and its region's page.</summary>
    public abstract string CompareWithPlans { get; }
}
