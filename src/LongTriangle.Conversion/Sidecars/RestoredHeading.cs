namespace LongTriangle.Conversion.Sidecars;

/// <summary>
/// A heading the source lost, restored by an editor from the official document: its text as the official
/// document prints it (number included, <c>三、共建长三角生态绿色一体化发展示范区</c>), the opening words of the
/// converted paragraph or heading where its content begins (<paramref name="Before"/>), and the address of
/// the official text it was taken from. <paramref name="Line"/> is the entry's line in the sidecar, for errors.
/// </summary>
public sealed record RestoredHeading(string Text, string Before, string Source, int Line);
