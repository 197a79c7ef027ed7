using System.Text;
using LongTriangle.Content.Markdown;

namespace LongTriangle.Publishing.Tests.Fixtures;

/// <summary>
/// Writes a small content folder in the format of docs/content-format.md (front matter, escaped Markdown
/// body with {#eId} blocks, provenance, English translations), made of short real fragments of the seeds:
/// the national Outline (chapter 8, after a lost page), the 2020 Shanghai implementation plan (plan-style
/// numbering) and the 2024 Shanghai urbanisation notice. The regions are the repository's own site.yml.
/// Tests change pieces of it to provoke the failures they test.
/// </summary>
internal sealed class ContentFixture : IDisposable
{
    private readonly TempDirectory _root = new();

    public ContentFixture(bool withTranslations = true)
    {
        Directory.CreateDirectory(ContentDirectory);
        File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, "content", "site.yml"), Combine("site.yml"));
        Write("zh/national/outline-2019.md", Outline);
        Write("zh/national/outline-2019.provenance.yml", OutlineProvenance);
        Write("zh/shanghai/shanghai-implementation-plan-2020.md", ShanghaiPlan);
        Write("zh/shanghai/shanghai-urbanisation-2024.md", ShanghaiNotice);
        Write("glossary.yml", Glossary);
        if (withTranslations)
        {
            Write("en/national/outline-2019.yml", OutlineEnglish);
            Write("en/shanghai/shanghai-implementation-plan-2020.yml", ShanghaiPlanEnglish);
        }
    }

    /// <summary>The folder holding content/ (and, in tests, _site/).</summary>
    public string Root => _root.Path;

    public string ContentDirectory => _root.Combine("content");

    public string OutputDirectory => _root.Combine("_site");

    public string Combine(string relative) => System.IO.Path.Combine(ContentDirectory, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public void Write(string relative, string text)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
    }

    public string Read(string relative) => File.ReadAllText(Combine(relative));

    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        if (!text.Contains(oldText, StringComparison.Ordinal)) throw new InvalidOperationException($"'{oldText}' is not in {relative}");
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => _root.Dispose();

    /// <summary>Seed text as the converter writes it into content (one escaper, the content library's).</summary>
    public static string Escape(string text) => MarkdownEscaper.Escape(text);

    /// <summary>Three terms of the fixture's Chinese, one with an official source.</summary>
    public const string Glossary = """
        terms:
          - zh: "中国国际进口博览会"
            en: "China International Import Expo"
            abbreviation: "CIIE"
            variants: ["Import Expo"]
            note: "\"Expo\", not \"Exposition\"."
            source: "https://www.ciie.org/zbh/faqs/ (CIIE Bureau)"
          - zh: "虹桥国际开放枢纽"
            en: "Hongqiao International Opening-up Hub"
            note: "The hub around Hongqiao."
          - zh: "一带一路"
            en: "Belt and Road Initiative"
            variants: ["Belt and Road"]
            note: "Never \"One Belt One Road\"."
          - zh: "中共中央"
            en: "Central Committee of the Communist Party of China"
            abbreviation: "CPC Central Committee"
            note: "An issuer."
          - zh: "国务院"
            en: "State Council"
            note: "An issuer."
        """;

    public const string Outline = """
        ---
        slug: "outline-2019"
        region: "national"
        title: "长江三角洲区域一体化发展规划纲要"
        type: "规划纲要"
        issuer: "中共中央 国务院"
        published: "2019-12-01"
        official_url: "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm"
        sources:
          issuer: "新华社北京12月1日电"
          published: "新华社北京12月1日电"
          official_url: "the portal's policy index"
        source:
          seed: "001_df41f4f8f86f6848.txt"
          sha256: "6a1f0000000000000000000000000000000000000000000000000000000000aa"
          website: "报纸印本"
          copied: "2019-12-02"
          script: "simplified"
        completeness:
          status: "partial"
          missing: ["第一章至第七章", "第八章以前的部分内容"]
        flags:
          restored_from_spun_copy: false
          lost_characters: 1
          missing_headings: 0
        repairs:
          chrome-removed: 2
          continuation-marker-removed: 1
          lost-character: 1
        ---

        惩戒措施路径互通的跨区域信用联合惩戒制度。建设长三角公共信用信息共享平台，与全国信用信息共享平台实现信息交换共享。 {#fragment__para_1 .fragment}

        ## 第八章 推进更高水平协同开放 {#chp_8 numbering=chapter}

        以“一带一路”建设为统领，在更高层次、更宽领域，以更大力度协同推进对外开放，深化开放合作，优化营商环境，构建开放型经济新体制，不断增强国际竞争合作新优势。 {#chp_8__para_1}

        ### 第一节 共建高水平开放平台 {#chp_8__sec_1 numbering=section}

        协力办好中国国际进口博览会。高水平举办中国国际进口博览会，打造规模更大、质量更优、创新更强、层次更高、成效更好的世界一流博览会。 {#chp_8__sec_1__para_1}

        打造虹桥国际开放枢纽。推动虹桥地区高端商务、会展、交通功能深度融合，建设中央商务区和国际贸易中心新平台。 {#chp_8__sec_1__para_2}

        共同构建数字化贸易平台。积极对接全球电子商务新模式新规则新标准，联合加强数字化□易平台建设。 {#chp_8__sec_1__para_3}

        ### 第二节 协同推进开放合作 {#chp_8__sec_2 numbering=section}

        **推动重点领域开放合作**。进一步扩大制造业、服务业、农业领域对外开放，逐步放宽市场准入，不断提升协同开放合作水平。 {#chp_8__sec_2__para_1}

        ## 第九章 创新一体化发展体制机制 {#chp_9 numbering=chapter}

        """;

    public const string OutlineProvenance = """
        seed: "001_df41f4f8f86f6848.txt"
        removed:
          - line: 3
            text: "《长江三角洲区域一体化发展规划纲要》"
            reason: "title repeated as page chrome"
          - line: 5
            text: "(上接第五版)"
            reason: "continuation marker"
        repairs:
          - kind: "lost-character"
            line: 17
            before: "�"
            after: "□"
          - kind: "continuation-marker-removed"
            line: 5
            before: "(上接第五版)"
            after: ""
        errata:
          - eid: "chp_8__sec_1__para_2"
            line: 15
            find: "国际贸易中心平台"
            replace: "国际贸易中心新平台"
            reason: "words missing from the newspaper copy"
            source: "https://www.gov.cn/zhengce/2019-12/01/content_5457442.htm"
        lost_characters:
          - eid: "chp_8__sec_1__para_3"
            line: 17
            context: "联合加强数字化□易平台建设"
        """;

    public const string OutlineEnglish = """
        title: "Outline for the Integrated Regional Development of the Yangtze River Delta"
        type: "Outline"
        headings:
          chp_8: "Chapter 8 Promoting Higher-Level Coordinated Opening-Up"
          chp_8__sec_1: "Section 1 Jointly Building High-Level Open Platforms"
          chp_8__sec_2: "Section 2 Coordinating Opening-Up and Cooperation"
          chp_9: "Chapter 9 Innovating the Institutions and Mechanisms of Integrated Development"
        clauses:
          chp_8__para_1: "Guided by the Belt and Road Initiative, coordinate opening-up at a higher level, in wider fields and with greater strength."
        missing:
          "第一章至第七章": "Chapters 1 to 7"
        """;

    public const string ShanghaiPlan = """
        ---
        slug: "shanghai-implementation-plan-2020"
        region: "shanghai"
        title: "上海市贯彻《长江三角洲区域一体化发展规划纲要》实施方案"
        type: "实施方案"
        issuer: "中共上海市委 上海市人民政府"
        published: "2020-01-10"
        source:
          seed: "000_130654ff0ade0c3c.txt"
          sha256: "13060000000000000000000000000000000000000000000000000000000000bb"
          website: "中国网地产"
          url: "http://house.china.com.cn/example"
          script: "traditional-taiwan"
        completeness:
          status: "full"
        flags:
          restored_from_spun_copy: false
          lost_characters: 0
          missing_headings: 1
        repairs:
          chrome-removed: 3
          heading-missing-in-source: 1
          script-converted: 1834
          vocabulary-restored: 12
        ---

        实施长江三角洲区域（以下简称长三角）一体化发展战略，是以习近平同志为核心的党中央作出的重大决策部署。 {#preface__para_1 .preface}

        ## 一、明确总体要求 {#part_1 numbering=part}

        ### （一）指导思想 {#part_1__sec_1 numbering=subsection}

        以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记关于推进长三角一体化发展重要讲话和指示批示精神。 {#part_1__sec_1__para_1}

        ### （二）基本原则 {#part_1__sec_2 numbering=subsection}

        **1\.坚持服从服务国家战略**。始终把上海发展放在国家对长三角一体化发展的总体部署中思考和谋划。 {#part_1__sec_2__item_1 numbering=item}

        **2\.坚持发挥龙头带动作用**。面向全球、面向未来，着力构筑战略新优势，积极牵头协调，主动做好服务。 {#part_1__sec_2__item_2 numbering=item}

        ## 二、 {#part_2 .heading-missing numbering=part}

        到2025年，上海“五个中心”核心功能和服务辐射能级显著增强。 {#part_2__para_1}

        """;

    public const string ShanghaiPlanEnglish = """
        title: "Shanghai Implementation Plan for the Outline for the Integrated Regional Development of the Yangtze River Delta"
        type: "Implementation plan"
        headings:
          part_1: "1. Defining the Overall Requirements"
          part_1__sec_1: "(1) Guiding Thought"
          part_1__sec_2: "(2) Basic Principles"
          part_1__sec_2__item_1: "1. Serving the National Strategy"
          part_1__sec_2__item_2: "2. Playing the Leading Role"
        clauses:
          part_1__sec_2__item_2: "2. Playing the Leading Role. Facing the world and the future, Shanghai will build new strategic strengths, take the lead in coordination and serve the region."
        """;

    public const string ShanghaiNotice = """
        ---
        slug: "shanghai-urbanisation-2024"
        region: "shanghai"
        title: "上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案"
        type: "实施方案"
        issuer: "上海市人民政府"
        written: "2024-12-30"
        source:
          seed: "004_f4aa4432ef2f6ffe.txt"
          sha256: "f4aa0000000000000000000000000000000000000000000000000000000000cc"
          script: "traditional"
        completeness:
          status: "full"
        flags:
          restored_from_spun_copy: false
          lost_characters: 0
          missing_headings: 0
        repairs:
          pinyin-removed: 40
          script-converted: 500
        ---

        各区人民政府，市政府各委、办、局，各有关单位： {#notice__para_1 .notice}

        现将《上海市深入实施以人为本的新型城镇化战略五年行动计划的实施方案》印发给你们，请认真按照执行。 {#notice__para_2 .notice}

        上海市人民政府 {#notice__para_3 .notice}

        2024年12月30日 {#notice__para_4 .notice}

        为贯彻落实国务院印发的《深入实施以人为本的新型城镇化战略五年行动计划》，扎实推进我市以人为本的新型城镇化战略，结合实际，制定本实施方案。 {#preface__para_1 .preface}

        ## 一、主要目标 {#part_1 numbering=part}

        到2028年底，全市城镇化水平保持全国领先，城镇化质量走在全国前列。 {#part_1__para_1}

        ## 二、实施以人为核心提升城镇化质量行动 {#part_2 numbering=part}

        **（一）优化户籍和居住证政策**。持续做好人口综合服务和管理。 {#part_2__sec_1 numbering=subsection}

        """;
}
