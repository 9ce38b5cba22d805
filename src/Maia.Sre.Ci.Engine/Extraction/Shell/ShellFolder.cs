namespace Maia.Sre.Ci.Extraction.Shell;

/// <summary>
/// The folder a script's commands run in, as <c>cd</c>, <c>pushd</c> and <c>popd</c> move it. It starts where the
/// script starts (unknown: the resolver tries the root, the script's folder and its ancestors) and is written as a
/// prefix for <see cref="RawReference.Folder"/>: <c>sub/dir</c> from the start, <c>/sub</c> from the repository root,
/// <c>$SCRIPT_DIR/..</c> from the script's own folder. After a <c>cd</c> this scan cannot follow (a variable, an
/// absolute folder, <c>cd -</c>) relative paths are doubtful.
/// </summary>
internal sealed class ShellFolder
{
    private static readonly string[] ScriptFolderExpressions =
    [
        "$(dirname \"$0\")", "$(dirname $0)", "$(dirname \"${BASH_SOURCE[0]}\")", "$(dirname \"${BASH_SOURCE}\")",
        "$(dirname ${BASH_SOURCE[0]})", "$(dirname \"$BASH_SOURCE\")", "${0%/*}", "${BASH_SOURCE%/*}", "$SCRIPT_DIR",
        "${SCRIPT_DIR}", "$script_dir", "${script_dir}", "$SCRIPTDIR", "$DIR", "${DIR}", "$HERE", "$here", "$PSScriptRoot",
    ];

    private static readonly string[] RootExpressions =
    [
        "$(git rev-parse --show-toplevel)", "$GITHUB_WORKSPACE", "${GITHUB_WORKSPACE}", "${{ github.workspace }}",
        "$CI_PROJECT_DIR", "${CI_PROJECT_DIR}", "$REPO_ROOT", "${REPO_ROOT}", "$(Build.SourcesDirectory)",
    ];

    private readonly Stack<(string? Prefix, string? Unknown)> pushed = new();
    private string? prefix;
    private string? unknown;

    /// <summary>Back to the start.</summary>
    public void Reset()
    {
        prefix = null;
        unknown = null;
        pushed.Clear();
    }

    /// <summary>Starts in a known folder instead (<c>$SCRIPT_DIR</c>: a package script runs in its package's folder).</summary>
    public void StartIn(string folder) => prefix = folder;

    /// <summary>Applies <c>cd</c>, <c>pushd</c> or <c>popd</c> (<paramref name="command"/>) with its operand.</summary>
    public void Change(string command, string? target)
    {
        if (command == "popd")
        {
            (prefix, unknown) = pushed.Count > 0 ? pushed.Pop() : (null, "after popd");
            return;
        }

        if (command == "pushd")
        {
            pushed.Push((prefix, unknown));
        }

        if (unknown is not null)
        {
            return; // from a folder this scan cannot follow, any cd stays unknown
        }

        var text = (target ?? "").Trim();
        if (text.Length == 0 || text is "~" or "-" || text.StartsWith('~') || text.StartsWith('/'))
        {
            unknown = $"after `cd {text}`";
            return;
        }

        if (text.StartsWith('$'))
        {
            if (Strip(text, ScriptFolderExpressions) is { } underScript)
            {
                prefix = Join("$SCRIPT_DIR", underScript);
                return;
            }

            if (Strip(text, RootExpressions) is { } underRoot)
            {
                prefix = Join("/", underRoot).Replace("//", "/", StringComparison.Ordinal);
                return;
            }

            unknown = $"after `cd {text}`";
            return;
        }

        if (!PlainPath.IsPlain(text) && !text.StartsWith('.'))
        {
            unknown = $"after `cd {text}`";
            return;
        }

        var moved = prefix is null ? text.TrimEnd('/') : Join(prefix, text);

        // From the root or the script's folder the way is known: climbing out of the repository leaves it.
        if (moved.StartsWith('/') && Resolution.RepoPath.Combine("", moved[1..]) is null)
        {
            unknown = $"after `cd {text}`, outside the repository";
            return;
        }

        prefix = moved.StartsWith('/') ? "/" + Resolution.RepoPath.Combine("", moved[1..]) : moved;
    }

    /// <summary>The folder prefix for a reference written as <paramref name="text"/>, or null when it has none.</summary>
    public string? Prefix(string text) =>
        prefix is null || !IsRelative(text) ? null : prefix;

    /// <summary>Why a relative reference is doubtful here (after a <c>cd</c> that could not be followed), or null.</summary>
    public string? Doubt(string text) =>
        unknown is null || !IsRelative(text) ? null : $"it is used {unknown}, in a folder this scan cannot follow";

    /// <summary>A key naming the same file whatever the folder it was written from (for files the script wrote).</summary>
    public string Key(string text)
    {
        var plain = text.StartsWith("./", StringComparison.Ordinal) ? text[2..] : text;
        return unknown is not null ? "?" + plain : prefix is null || !IsRelative(text) ? plain : prefix + "/" + plain;
    }

    private static bool IsRelative(string text) => text.Length > 0 && text[0] is not ('/' or '~' or '$');

    private static string? Strip(string text, string[] expressions)
    {
        var unquoted = text.Trim('"');
        foreach (var expression in expressions)
        {
            if (unquoted.StartsWith(expression, StringComparison.Ordinal))
            {
                var rest = unquoted[expression.Length..].Trim('"');
                if (rest.Length == 0 || rest[0] == '/')
                {
                    return rest.Trim('/');
                }
            }
        }

        return null;
    }

    private static string Join(string left, string right) =>
        right.Length == 0 || right == "." ? left : left.EndsWith('/') ? left + right.TrimEnd('/') : left + "/" + right.TrimEnd('/');
}
