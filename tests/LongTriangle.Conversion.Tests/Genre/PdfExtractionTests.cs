namespace LongTriangle.Conversion.Tests.Genre;

/// <summary>
/// Text extracted from a PDF: page numbers and page footers that land inside a sentence or a word, the chunk
/// markers of a document-sharing site (1、2、3、 cutting sentences anywhere), the title and headings run into
/// paragraphs, and lines broken by the page's width. Read as the genre shows: a number alone between two
/// halves of a sentence is a page break, a line that stops inside a sentence goes on.
/// </summary>
public sealed class PdfExtractionTests
{
    [Fact]
    public void Page_numbers_inside_a_sentence_or_a_word_are_taken_out_and_the_sentence_mended()
    {
        var markdown = GenreSeed.Convert(
            "黄山市推进长三角一体化发展三年行动计划",
            "一、总体要求",
            "坚持以习近平新时代中国特色社会主义思想为指导，深入推进长三角一体",
            "4",
            "化发展，到 2025 年建成 10 个合作园区，用 1 至 3 年打通断头路。",
            "二、重点任务",
            "（一）推进交通互联互通。加快建设杭黄高铁配套工程，推进黄千 — 5 — 高速公路建设，打通省际断头路。",
            "（二）推进产业协同发展。共建产业合作园区，承接长三角产业转移，提升产业",
            "第 3 页 共 20 页",
            "链水平，深化一体 6 化合作。",
            "三、保障措施",
            "加强组织领导，建立工作推进机制。");
        markdown.ShouldContain("深入推进长三角一体化发展，到 2025 年建成 10 个合作园区，用 1 至 3 年打通断头路。 {#part_1__para_1}");
        markdown.ShouldContain("推进黄千高速公路建设");
        markdown.ShouldContain("提升产业链水平，深化一体化合作。 {#part_2__sec_2 numbering=subsection}");
        markdown.ShouldNotContain("页");
    }

    [Fact]
    public void Chunk_markers_that_cut_sentences_are_not_a_list()
    {
        var markdown = GenreSeed.Convert(
            "黄山市推进长三角一体化发展三年行动计划",
            "1、为贯彻落实《长江三角洲区域一体化发展规划纲要》，推进我市深度参与长三角一体化发展，结合黄山实际，制定本",
            "2、行动计划。一、总体要求以习近平新时代中国特色社会主义思想为指导，深入贯彻新发展理念，加快建设现代化",
            "3、新黄山。二、重点任务加快建设杭黄高铁配套工程，推进高速公路建设，打通省际断头路。推动旅游一体化发展，共建皖南国际",
            "4、文化旅游示范区。三、保障措施加强组织领导，建立工作推进机制。");
        markdown.ShouldContain("结合黄山实际，制定本行动计划。 {#preface__para_1 .preface}");
        markdown.ShouldContain("## 一、总体要求 {#part_1 numbering=part}");
        markdown.ShouldContain("加快建设现代化新黄山。 {#part_1__para_1}");
        markdown.ShouldContain("共建皖南国际文化旅游示范区。 {#part_2__para_1}");
        markdown.ShouldContain("## 三、保障措施 {#part_3 numbering=part}");
        markdown.ShouldNotContain("item_");
    }

    [Fact]
    public void A_list_of_the_documents_own_is_not_taken_for_chunk_markers()
    {
        var markdown = GenreSeed.Convert(
            "黄山市推进长三角一体化发展三年行动计划",
            "一、重点任务",
            "1、推进交通互联互通。加快建设杭黄高铁配套工程。",
            "2、推进产业协同发展。共建产业合作园区。",
            "3、推进生态共保联治。共建新安江生态补偿机制。");
        markdown.ShouldContain("{#part_1__item_3 numbering=item}");
    }

    [Fact]
    public void The_title_and_headings_run_into_paragraphs_stand_on_their_own_lines()
    {
        var markdown = GenreSeed.Convert(
            "黄山市推进长三角一体化发展三年行动计划为贯彻落实《长江三角洲区域一体化发展规划纲要》，结合黄山实际，制定本行动计划。一、总体要求",
            "坚持以习近平新时代中国特色社会主义思想为指导，深入推进长三角一体化发展。二、重点任务（一）推进交通互联互通。加快建设杭黄高铁配套工程。（二）推进产业协同发展。共建产业合作园区，承接产业转移。",
            "三、保障措施加强组织领导，建立工作推进机制，确保各项任务落到实处。");
        markdown.ShouldContain("title: \"黄山市推进长三角一体化发展三年行动计划\"");
        markdown.ShouldContain("制定本行动计划。 {#preface__para_1 .preface}");
        markdown.ShouldContain("## 一、总体要求 {#part_1 numbering=part}");
        markdown.ShouldContain("## 二、重点任务 {#part_2 numbering=part}");
        markdown.ShouldContain("**（一）推进交通互联互通**。加快建设杭黄高铁配套工程。 {#part_2__sec_1 numbering=subsection}");
        markdown.ShouldContain("**（二）推进产业协同发展**。共建产业合作园区，承接产业转移。 {#part_2__sec_2 numbering=subsection}");
        markdown.ShouldContain("## 三、保障措施 {#part_3 numbering=part}");
        markdown.ShouldContain("加强组织领导，建立工作推进机制，确保各项任务落到实处。 {#part_3__para_1}");
    }

    [Fact]
    public void A_line_broken_inside_a_title_in_brackets_goes_on()
    {
        var markdown = GenreSeed.Convert(
            "黄山市推进长三角一体化发展三年行动计划",
            "为贯彻落实《长江三角洲区域一体化发展规划纲要》和《安徽省实施长江三角",
            "洲区域一体化发展规划纲要行动计划》，结合黄山实际，制定本行动计划。",
            "一、总体要求",
            "坚持以习近平新时代中国特色社会主义思想为指导。");
        markdown.ShouldContain("和《安徽省实施长江三角洲区域一体化发展规划纲要行动计划》，结合黄山实际，制定本行动计划。 {#preface__para_1 .preface}");
    }
}
