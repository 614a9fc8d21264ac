using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Tests.Reporting;
using static Personas.Tests.Profiling.ProfilingFixtures;

namespace Personas.Tests.Profiling;

public partial class NarratorTests
{
    [Fact]
    public void StatisticsNarrative_HasThreeToSixSentences_EachQuotingANumberShownOnTheCard()
    {
        var (set, info) = ReportFixtures.Planted();
        var markdown = CardRenderer.ToMarkdown(set, info);

        foreach (var p in set.Personas.Where(p => p.IsDetailed))
        {
            Assert.InRange(p.Narrative.Count, 3, 6);
            var card = CardWithoutNarrative(markdown, p);
            foreach (var sentence in p.Narrative)
            {
                var numbers = Number().Matches(sentence).Select(m => m.Value.TrimEnd('.')).ToArray();
                Assert.True(numbers.Any(n => card.Contains(n, StringComparison.Ordinal)), $"'{sentence}' quotes no number of the card of {p.Id}");
            }
        }
    }

    [Fact]
    public void StatisticsNarrative_DescribesTheStrongestTraitWithRatioAndEffectSize()
    {
        var set = PlantedSet();
        var p1 = set["P1"];

        Assert.Equal("300 customers (45.5% of all customers) belong to this persona.", p1.Narrative[0]);
        Assert.Equal("They bring in 68.9% of all revenue 12m, 1.5 times the average per customer.", p1.Narrative[1]);
        Assert.Matches(@"^Their average income is 80,\d{3}, against 47,\d{3} for other customers \(1\.\d times as high\)\.$", p1.Narrative[2]);
        Assert.All(p1.Narrative, s => Assert.DoesNotMatch(@"\b[gh] = |lift|q = ", s)); // effect sizes and q-values stay in the tables
    }

    [Fact]
    public async Task StatisticsNarrator_AsInterface_GivesTheProfilersNarrative()
    {
        var set = PlantedSet();

        var narrated = await set.NarrateAsync(new StatisticsNarrator());

        Assert.Equal(set.Personas.SelectMany(p => p.Narrative), narrated.Personas.SelectMany(p => p.Narrative));
    }

    [Fact]
    public async Task ChatClientNarrator_SendsOnlyProfileStatistics_AndUsesTheReply()
    {
        var planted = PlantedPersonas();
        var set = Profiler.Profile(planted.Table, planted.Labels, planted.K);
        var client = new FakeChatClient("They love wine.\n- They earn well.\n\nThey shop in stores.");

        var narrated = await set.NarrateAsync(new ChatClientNarrator(client));

        Assert.Equal(3, client.Prompts.Count); // P4 is too small to narrate
        foreach (var prompt in client.Prompts)
        {
            foreach (var id in planted.Table.Ids)
            {
                Assert.DoesNotContain(id, prompt, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("private note", prompt, StringComparison.Ordinal);
            Assert.DoesNotContain("test.csv", prompt, StringComparison.Ordinal);
            Assert.True(prompt.Length < 4000, "the prompt is a summary, not data");
        }

        Assert.Contains("Persona P1 \"High-income wine lovers\": 300 of 660 customers (45.5%).", client.Prompts[0], StringComparison.Ordinal);
        Assert.Contains("- Income: higher, mean 80,", client.Prompts[0], StringComparison.Ordinal);
        Assert.Equal(["They love wine.", "They earn well.", "They shop in stores."], narrated["P1"].Narrative);
        Assert.Equal(set["P4"].Narrative, narrated["P4"].Narrative);
    }

    [Fact]
    public async Task ChatClientNarrator_EmptyReply_FallsBackToTheStatisticsNarrative()
    {
        var set = PlantedSet();

        var sentences = await new ChatClientNarrator(new FakeChatClient("  \n")).NarrateAsync(set["P2"], set, CancellationToken.None);

        Assert.Equal(set["P2"].Narrative, sentences);
    }

    private static string CardWithoutNarrative(string markdown, Persona p)
    {
        var start = markdown.IndexOf($"## {p.Id} ", StringComparison.Ordinal);
        var end = markdown.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var card = markdown[start..(end < 0 ? markdown.Length : end)];
        var words = card.IndexOf("### In short", StringComparison.Ordinal);
        var after = card.IndexOf("\n### ", words + 3, StringComparison.Ordinal);
        return card[..words] + card[after..];
    }

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?%?")]
    private static partial Regex Number();

    private sealed class FakeChatClient(string reply) : IChatClient
    {
        public List<string> Prompts { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Prompts.Add(string.Join("\n", messages.Select(m => m.Text)));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
