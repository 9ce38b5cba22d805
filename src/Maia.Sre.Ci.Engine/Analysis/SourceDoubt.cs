namespace Maia.Sre.Ci.Analysis;

/// <summary>
/// Why what a source names may well be fine although it is not there, from what the source is: a changelog or plan
/// names the files of its time, a template's paths are filled in where it is used, test data names what its tests make.
/// Every rule that reports a missing file, anchor or folder asks the same question.
/// </summary>
public static class SourceDoubt
{
    /// <summary>The reason, or null when the source's kind gives none.</summary>
    public static string? Of(SourceTraits traits)
    {
        if (traits.HasFlag(SourceTraits.History))
        {
            return "it is in a changelog, dated report, plan or post, which names the files of its time";
        }

        if (traits.HasFlag(SourceTraits.Template))
        {
            return "it is in a template, whose paths are filled in where the template is used";
        }

        if (traits.HasFlag(SourceTraits.TestCode) && !traits.HasFlag(SourceTraits.Executed))
        {
            return "it is in test data";
        }

        return null;
    }
}
