using System.Collections.Immutable;
using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Translations;

namespace LongTriangle.Publishing.Tests.Translations;

public sealed class GlossaryMatcherTests
{
    private static GlossaryTerm Term(string zh, string en, string[]? zhVariants = null, string[]? variants = null, string? abbreviation = null) =>
        new(en.ToLowerInvariant().Replace(' ', '-'), zh, [.. zhVariants ?? []], en, abbreviation, [.. variants ?? []], "note", null, 1);

    private static readonly GlossaryTerm Zone = Term("长三角生态绿色一体化发展示范区", "Yangtze River Delta Ecological Green Integrated Development Demonstration Zone", abbreviation: "Demonstration Zone");
    private static readonly GlossaryTerm Delta = Term("长江三角洲", "Yangtze River Delta", zhVariants: ["长三角"]);
    private static readonly GlossaryTerm Integration = Term("一体化", "integration", variants: ["integrat*"]);
    private static readonly GlossaryTerm LinGang = Term("临港新片区", "Lin-gang Special Area");

    private static readonly GlossaryMatcher Matcher = new(new Glossary("glossary.yml", [Zone, Delta, Integration, LinGang]));

    [Fact]
    public void The_longest_term_wins_and_shorter_terms_inside_it_are_not_counted()
    {
        Matcher.TermsIn("高水平建设长三角生态绿色一体化发展示范区，推进长三角一体化。").ShouldBe([Zone, Delta, Integration]);
    }

    [Theory]
    [InlineData("the Lin-gang Special Area", true)]
    [InlineData("the Lin–gang special area", true)]
    [InlineData("the Lingang New Area", false)]
    public void Hyphens_dashes_and_case_do_not_matter_but_words_do(string english, bool rendered) =>
        Matcher.IsRendered(LinGang, english).ShouldBe(rendered);

    [Theory]
    [InlineData("integrated development", true)]
    [InlineData("Integration", true)]
    [InlineData("disintegration", false)]
    public void A_starred_variant_matches_any_word_ending_at_a_word_start(string english, bool rendered) =>
        Matcher.IsRendered(Integration, english).ShouldBe(rendered);
}
