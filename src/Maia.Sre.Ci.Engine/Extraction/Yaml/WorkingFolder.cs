using Maia.Sre.Ci.Resolution;

namespace Maia.Sre.Ci.Extraction.Yaml;

/// <summary>
/// A step's working folder (<c>working-directory</c>, <c>workingDirectory</c>, <c>working_directory</c>, <c>dir</c>)
/// as a repository-relative folder: <c>""</c> is the root, null an unknown place (an expression, a variable, a path
/// outside the checkout), where nothing is assumed.
/// </summary>
internal static class WorkingFolder
{
    /// <summary>The checkout's root: where a CI script runs when nothing else is said.</summary>
    public const string Root = "";

    /// <summary>Prefixes that name the checkout itself, as CI systems spell it.</summary>
    private static readonly string[] Checkout =
    [
        "${{ github.workspace }}/", "${{github.workspace}}/", "$GITHUB_WORKSPACE/", "${GITHUB_WORKSPACE}/",
        "$(Build.SourcesDirectory)/", "$(System.DefaultWorkingDirectory)/", "$(Build.Repository.LocalPath)/",
        "$CI_PROJECT_DIR/", "${CI_PROJECT_DIR}/", "$BITBUCKET_CLONE_DIR/", "${BITBUCKET_CLONE_DIR}/", "~/project/",
    ];

    /// <summary>
    /// The folder <paramref name="written"/> names, relative to <paramref name="relativeTo"/> (a repository-relative
    /// folder: the root for Actions and Azure, the Taskfile's folder for Task); null when it cannot be known.
    /// </summary>
    public static string? Resolve(string written, string relativeTo = "")
    {
        var text = written.Trim();
        foreach (var prefix in Checkout)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..];
                relativeTo = "";
                break;
            }
        }

        if (text is "${{ github.workspace }}" or "$GITHUB_WORKSPACE" or "$(Build.SourcesDirectory)" or "$(System.DefaultWorkingDirectory)" or "$CI_PROJECT_DIR" or "~/project")
        {
            return "";
        }

        if (text.Length == 0 || text.IndexOfAny(['$', '{', '%', '~', '\\']) >= 0 || text.StartsWith('/'))
        {
            return null;
        }

        return RepoPath.Combine(relativeTo, text.TrimEnd('/')); // "./app", "app/" → "app"; "." → ""; "../x" at the root → null
    }
}
