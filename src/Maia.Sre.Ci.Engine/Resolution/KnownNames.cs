namespace Maia.Sre.Ci.Resolution;

/// <summary>Product names that look like file names in prose (<c>Node.js</c>, <c>Vue.js</c>).</summary>
public static class KnownNames
{
    private static readonly HashSet<string> Products = new(StringComparer.OrdinalIgnoreCase)
    {
        "Node.js", "Vue.js", "Next.js", "Nuxt.js", "Three.js", "D3.js", "Chart.js", "Express.js", "React.js", "Angular.js",
        "AngularJS.js", "Ember.js", "Backbone.js", "Moment.js", "Nest.js", "NestJS.js", "Alpine.js", "Solid.js", "Svelte.js",
        "Deno.js", "Bun.js", "Preact.js", "Knockout.js", "Meteor.js", "Gatsby.js", "Remix.js", "Electron.js", "Day.js",
        "Anime.js", "Paper.js", "Phaser.js", "Require.js", "Socket.io.js", "Highlight.js", "Prism.js", "Marked.js", "Mermaid.js",
        "Leaflet.js", "Pixi.js", "Immer.js", "Zod.js", "Rollup.js", "Vite.js", "Babel.js", "Lodash.js", "Underscore.js",
        "Ruby.rb", "Perl.pl", "PowerShell.ps1",
    };

    private static readonly string[] GitRefPrefixes = ["refs/heads/", "refs/tags/", "refs/remotes/", "refs/pull/", "refs/notes/", "remotes/"];

    /// <summary>
    /// True when <paramref name="text"/> is a git ref (<c>refs/heads/main</c>, <c>remotes/origin/</c> in
    /// <c>git rev-parse --verify ("remotes/origin/" + $branch)</c>) rather than a file: asked only of paths that do not exist.
    /// </summary>
    public static bool IsGitRef(string text)
    {
        foreach (var prefix in GitRefPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> is a well-known product name rather than a file.</summary>
    public static bool IsProductName(string text) => !text.Contains('/', StringComparison.Ordinal) && Products.Contains(text);
}
