using System.Security.Cryptography;

namespace LongTriangle.Conversion.Model;

/// <summary>A seed file exactly as received: its name and its bytes. Never modified.</summary>
public sealed record Seed(string FileName, string FullPath, byte[] Bytes)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));
}
