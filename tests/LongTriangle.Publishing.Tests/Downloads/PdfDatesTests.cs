using System.Text;
using LongTriangle.Publishing.Downloads;

namespace LongTriangle.Publishing.Tests.Downloads;

/// <summary>The print time Chromium writes into a PDF becomes the document's date, in the same number of bytes.</summary>
public sealed class PdfDatesTests
{
    private static readonly byte[] Printed = Encoding.Latin1.GetBytes(
        "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261203085727+00'00')\n/ModDate (D:20261203085727+00'00')>>\nendobj\nstream\u0000\u00ff\u0080\nendstream\n");

    [Fact]
    public void Both_dates_become_the_documents_date_and_nothing_else_changes()
    {
        var fixedPdf = PdfDates.Fix(Printed, "2019-12-01");

        var text = Encoding.Latin1.GetString(fixedPdf);
        text.ShouldContain("/CreationDate (D:20191201000000+00'00')");
        text.ShouldContain("/ModDate (D:20191201000000+00'00')");
        fixedPdf.Length.ShouldBe(Printed.Length);
        text.Replace("20191201000000", "20261203085727", StringComparison.Ordinal).ShouldBe(Encoding.Latin1.GetString(Printed));
    }

    [Fact]
    public void Without_a_date_a_fixed_one_is_used()
    {
        Encoding.Latin1.GetString(PdfDates.Fix(Printed, null)).ShouldContain("/CreationDate (D:20000101000000+00'00')");
        PdfDates.Fix(Printed, null).ShouldBe(PdfDates.Fix(Printed, null));
    }
}
