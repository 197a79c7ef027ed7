namespace LongTriangle.Publishing.Content;

/// <summary>Makes a converted rendition's text from the authoritative text (the same text in other character forms).</summary>
public interface ITextConversion
{
    string Convert(string authoritative);
}
