namespace Maia.Sre.Ci.History;

/// <summary>One commit as messages name it.</summary>
/// <param name="ShortHash">Abbreviated hash, e.g. <c>1a2b3c4</c>.</param>
/// <param name="Date">Author date, <c>YYYY-MM-DD</c>.</param>
/// <param name="Subject">First line of the message.</param>
public sealed record CommitInfo(string ShortHash, string Date, string Subject)
{
    private const int MaxSubject = 72;

    /// <summary><c>1a2b3c4 (2026-10-02, "reorganise tools")</c>; a long subject is cut with an ellipsis.</summary>
    public override string ToString()
    {
        var subject = Subject.Length <= MaxSubject ? Subject : Subject[..(MaxSubject - 1)].TrimEnd() + "…";
        return $"{ShortHash} ({Date}, \"{subject}\")";
    }
}
