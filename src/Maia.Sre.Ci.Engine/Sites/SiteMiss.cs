namespace Maia.Sre.Ci.Sites;

/// <summary>
/// Why a site link leads nowhere, in the site's terms, for the phantom finding's message: "no page for '/docs/x/'
/// in the Hugo site 'site/' (looked for …)".
/// </summary>
/// <param name="Message">What is missing, where the site looked.</param>
/// <param name="Suggestion">A URL of the site close to the one written, written the same way, or null.</param>
/// <param name="Doubt">Why the page may exist after all (the site's configuration was read only in part), or null.</param>
public sealed record SiteMiss(string Message, string? Suggestion, string? Doubt);
