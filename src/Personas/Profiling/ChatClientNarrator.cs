using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace Personas.Profiling;

/// <summary>
/// An optional narrator that asks a language model (any <see cref="IChatClient"/>) to write the narrative. Only the
/// persona's profile statistics are sent (size, shares, traits with effect sizes, quality): never a customer id,
/// a raw row or a per-customer value. Off by default; <see cref="StatisticsNarrator"/> stays the default.
/// </summary>
/// <example>
/// <code>
/// var narrated = await set.NarrateAsync(new ChatClientNarrator(chatClient));
/// </code>
/// </example>
public sealed class ChatClientNarrator : IPersonaNarrator
{
    private const string SystemPrompt =
        "You write short, concrete buyer-persona descriptions for marketers. Write 3 to 6 sentences, one per line. " +
        "Every sentence must state one of the statistics given (and only those); do not invent facts, names or numbers.";

    private readonly IChatClient _client;
    private readonly ChatOptions? _options;

    /// <summary>Creates the narrator.</summary>
    /// <param name="client">The chat client.</param>
    /// <param name="options">Chat options (model, temperature...), or null.</param>
    public ChatClientNarrator(IChatClient client, ChatOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> NarrateAsync(Persona persona, PersonaSet set, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(persona);
        ArgumentNullException.ThrowIfNull(set);
        ChatMessage[] messages = [new(ChatRole.System, SystemPrompt), new(ChatRole.User, BuildPrompt(persona, set))];
        var response = await _client.GetResponseAsync(messages, _options, ct).ConfigureAwait(false);
        var sentences = (response.Text ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimStart('-', '*', ' '))
            .Where(l => l.Length > 0)
            .Take(6)
            .ToArray();
        return sentences.Length > 0 ? sentences : StatisticsNarrator.Narrate(persona, set);
    }

    /// <summary>The statistics sent to the model, as plain text.</summary>
    internal static string BuildPrompt(Persona p, PersonaSet set)
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.AppendLine(inv, $"Persona {p.Id} \"{p.Name}\": {p.Size} of {set.TotalCustomers} customers ({Fmt.Pct(p.Share)}).");
        if (p.ValueShare is { } vs && set.ValueColumn is not null)
        {
            b.AppendLine(inv, $"Share of total {set.ValueColumn}: {Fmt.Pct(vs)}; value per customer {Fmt.Ratio(p.ValuePerCustomerRatio ?? 0)} the average.");
        }

        b.AppendLine("Distinguishing traits (persona vs other customers; effect size g or h with 95% CI; BH q-value):");
        foreach (var t in p.Traits)
        {
            var what = t.Level is null ? t.Feature : $"{t.Feature} = {t.Level}";
            var values = t.Kind == TraitKind.Numeric
                ? $"mean {Fmt.Num(t.PersonaValue)} vs {Fmt.Num(t.RestValue)}"
                : $"share {Fmt.Pct(t.PersonaValue)} vs {Fmt.Pct(t.RestValue)}";
            b.AppendLine(inv, $"- {what}: {t.Direction.ToString().ToLowerInvariant()}, {values}, {Fmt.EffectSymbol(t.Kind)} = {Fmt.Effect(t.EffectSize)} [{Fmt.Effect(t.CiLow)}, {Fmt.Effect(t.CiHigh)}], q {Fmt.P(t.QValue)}");
        }

        if (p.Quality.Silhouette is { } s)
        {
            b.AppendLine(inv, $"Silhouette: {Fmt.Effect(s)}.");
        }

        if (p.Quality.Stability is { } st)
        {
            b.AppendLine(inv, $"Stability: {Fmt.Effect(st)}.");
        }

        return b.ToString();
    }
}
