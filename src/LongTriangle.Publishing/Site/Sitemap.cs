using System.Text;
using System.Xml;

namespace LongTriangle.Publishing.Site;

/// <summary>sitemap.xml with the language alternates of every page (xhtml:link), and robots.txt.</summary>
public static class Sitemap
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static byte[] Write(SiteBase site, IEnumerable<SitePage> pages)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in pages.Where(p => p.Alternates.Count > 0))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, site.Absolute(page.SitePath));
                foreach (var (hrefLang, path) in page.Alternates)
                {
                    xml.WriteStartElement("link", XhtmlNamespace);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", hrefLang);
                    xml.WriteAttributeString("href", site.Absolute(path));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Everything may be crawled; the sitemap is named only when the origin is known (it must be absolute).</summary>
    public static byte[] Robots(SiteBase site) => Encoding.UTF8.GetBytes(
        "User-agent: *\nAllow: /\n" + (site.Origin is null ? "" : $"Sitemap: {site.Absolute(SiteUrls.Sitemap)}\n"));
}
