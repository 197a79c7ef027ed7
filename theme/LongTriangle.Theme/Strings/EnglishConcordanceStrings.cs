namespace LongTriangle.Theme.Strings;

public sealed class EnglishConcordanceStrings : ConcordanceStrings
{
    public override string Implements => "Implements";
    public override string AlsoIn => "Also in";
    public override string ImplementedIn => "Implemented in";
    public override string Strong => "same measure";
    public override string Related => "related";
    public override string CompareSection => "Compare the plans on this section";
    public override string CompareTitle(string section) => $"Compare: {section}";
    public override string CompareDescription(string section) => $"{section} of the Outline beside the clauses of the regional plans that implement it.";
    public override string CompareIntroduction => "The first column is the Outline's text; the others are the clauses of each region's plans that implement it. The correspondence is found by comparing the texts (\"same measure\": the same measure for the same object; \"related\": the same topic) and is a guide, not an official reading.";
    public override string OutlineColumn => "Outline";
    public override string NothingFound => "No corresponding clause found";
    public override string AllSections => "All compare pages";
    public override string CompareIndexTitle(string document) => $"Compare: {document}";
    public override string CompareIndexIntroduction => "One page per section: the Outline's clauses beside the regions' implementing clauses.";
    public override string ClauseCount(int count) => count == 1 ? "1 regional clause" : $"{count} regional clauses";
    public override string CompareWithOutline => "Compare with the Outline";
    public override string CompareWithPlans => "Compare with the regional plans";
}
