namespace Maia.Sre.Ci.Services;

/// <summary>Why a service definition could not be read, and where (line and column 0 when unknown).</summary>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Line">1-based line, or 0.</param>
/// <param name="Column">1-based column, or 0.</param>
public sealed record DefinitionError(string Message, int Line = 0, int Column = 0);
