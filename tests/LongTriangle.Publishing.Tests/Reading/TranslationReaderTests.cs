using LongTriangle.Publishing.Content;
using LongTriangle.Publishing.Reading;

namespace LongTriangle.Publishing.Tests.Reading;

public sealed class TranslationReaderTests
{
    [Fact]
    public void Reads_plain_strings_stamped_entries_reasons_and_exceptions()
    {
        var translation = TranslationReader.Read("""
            title: "Outline of the Integrated Regional Development of the Yangtze River Delta"
            headings:
              chp_8: "Chapter 8 Promoting Higher-Level Coordinated Opening-Up"
            clauses:
              chp_8__para_1:
                en: "We will advance opening-up in a coordinated manner."
                zh_hash: "0123456789abcdef"
                exceptions:
                  - term: "统筹"
                    reason: "Rendered by the verb phrase."
              closing__para_1:
                reason: "The signature is given in the document's metadata."
            """, "content/en/national/outline-2019.yml");

        translation.Headings["chp_8"].ShouldBe(TranslationEntry.Plain("Chapter 8 Promoting Higher-Level Coordinated Opening-Up", 3));
        var clause = translation.Clauses["chp_8__para_1"];
        clause.ZhHash.ShouldBe("0123456789abcdef");
        clause.Exceptions.ShouldBe([new GlossaryException("统筹", "Rendered by the verb phrase.")]);
        translation.Clauses["closing__para_1"].HasEnglish.ShouldBeFalse();
        translation.Clauses["closing__para_1"].Reason.ShouldBe("The signature is given in the document's metadata.");
    }

    [Theory]
    [InlineData("clauses:\n  chp_8__para_1:\n    zh_hash: \"0123456789abcdef\"\n", "content/en/x.yml:3 (clauses.chp_8__para_1): an entry needs its English (en) or the reason it has none (reason)")]
    [InlineData("clauses:\n  chp_8__para_1:\n    en: \"x\"\n    zh_hash: \"ABC\"\n", "content/en/x.yml:3 (clauses.chp_8__para_1): zh_hash must be 16 lower-case hex digits (longtriangle translations stamp writes it)")]
    [InlineData("clauses:\n  chp_8__para_1:\n    en: \"x\"\n    hash: \"0123456789abcdef\"\n", "content/en/x.yml:4 (clauses.chp_8__para_1.hash): unknown key; an entry has en, zh_hash, reason and exceptions")]
    [InlineData("clauses:\n  a: &x \"x\"\n  b: *x\n", "content/en/x.yml:2: the YAML holds an anchor (&x); write the value out, these files use no anchors or aliases")]
    public void Refuses_malformed_entries_naming_the_line_and_key(string yaml, string message)
    {
        Should.Throw<ContentException>(() => TranslationReader.Read(yaml, "content/en/x.yml")).Message.ShouldBe(message);
    }

    [Fact]
    public void Reads_the_english_of_the_missing_parts_keyed_by_their_chinese()
    {
        var translation = TranslationReader.Read("""
            title: "Outline"
            missing:
              "第一章至第六章": "Chapters 1 to 6"
            """, "content/en/national/outline-2019.yml");

        translation.Missing["第一章至第六章"].ShouldBe("Chapters 1 to 6");
    }

    [Theory]
    [InlineData("missing: [\"Chapters 1 to 6\"]\n", 2)]
    [InlineData("missing:\n  \"前言\": [a]\n", 3)]
    public void Missing_parts_that_are_not_chinese_to_english_are_refused_with_the_line(string yaml, int line)
    {
        var error = Should.Throw<ContentException>(() => TranslationReader.Read("title: \"Outline\"\n" + yaml, "content/en/national/outline-2019.yml"));
        error.Line.ShouldBe(line);
        error.Key!.ShouldStartWith("missing");
    }
}
