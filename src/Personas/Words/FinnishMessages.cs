using System.Text.RegularExpressions;

namespace Personas.Words;

/// <summary>
/// Writes the build's explanations in Finnish: the k-choice reason, the value column note, the journey counting rule,
/// outcome reasons, data-quality findings and warnings are made in English by the pipeline (personas.json and the model
/// keep them so); a Finnish card and report rewrite each known message with its own numbers in Finnish number format.
/// Every message shape the pipeline writes has a rule here; <c>FinnishOutputTests</c> fails when English remains in the
/// sample's Finnish cards, report or drift.
/// </summary>
internal static partial class FinnishMessages
{
    private const string Num = @"-?[\d,]*\d(?:\.\d+)?|NaN";

    private static readonly (Regex Pattern, string Finnish)[] Whole =
    [
        (R($@"^k = (?<k>\d+) has the highest silhouette \((?<s>{Num})\) among the k that are stable \(>= (?<st>{Num})\) with no persona under (?<min>{Num}) customers \((?<pct>{Num})%\): k = (?<list>[\d, ]+)\.$"),
            "k = {k} antaa korkeimman siluetin ({s}) niiden k:n arvojen joukossa, jotka ovat vakaita (vakaus vähintään {st}) ja joissa jokaisessa persoonassa on vähintään {min} asiakasta ({pct} %): k = {list}."),
        (R($@"^k = (?<k>\d+): its silhouette \((?<s>{Num})\) is within the bootstrap noise \(±(?<noise>{Num})\) of the highest, k = (?<best>\d+) \((?<bs>{Num})\), so the smaller k is preferred; among the k that are stable \(>= (?<st>{Num})\) with no persona under (?<min>{Num}) customers \((?<pct>{Num})%\): k = (?<list>[\d, ]+)\.$"),
            "k = {k}: sen siluetti ({s}) on satunnaisvaihtelun (±{noise}) rajoissa korkeimmasta, k = {best} ({bs}), joten pienempi k valitaan; vaihtoehdot olivat vakaat k:n arvot (vakaus vähintään {st}), joissa jokaisessa persoonassa on vähintään {min} asiakasta ({pct} %): k = {list}."),
        (R($@"^No k had stability >= (?<st>{Num}) with no persona under (?<min>{Num}) customers \((?<pct>{Num})%\); k = (?<k>\d+) is the most stable \((?<s>{Num})\) among the k with personas large enough\.$"),
            "Yhdenkään k:n vakaus ei ollut vähintään {st} niin, että jokaisessa persoonassa on vähintään {min} asiakasta ({pct} %); k = {k} on vakain ({s}) niistä, joiden persoonat ovat riittävän suuria."),
        (R($@"^No k had stability >= (?<st>{Num}) with no persona under (?<min>{Num}) customers \((?<pct>{Num})%\); k = (?<k>\d+) is the most stable \((?<s>{Num})\)\.$"),
            "Yhdenkään k:n vakaus ei ollut vähintään {st} niin, että jokaisessa persoonassa on vähintään {min} asiakasta ({pct} %); k = {k} on vakain ({s})."),
        (R(@"^k = (?<k>\d+) was given by the user\.$"), "k = {k} annettiin asetuksissa."),
        (R($@"^k = (?<k>\d+) has a lower silhouette \((?<a>{Num}) against (?<b>{Num})\)\.$"), "k = {k}: matalampi siluetti ({a} vs. {b})."),
        (R($@"^k = (?<k>\d+) has a silhouette of (?<s>{Num}), but its smallest persona holds (?<n>{Num}) customers \((?<pct>{Num})%\), under the minimum of (?<min>{Num})\.$"),
            "k = {k}: siluetti {s}, mutta sen pienimmässä persoonassa on vain {n} asiakasta ({pct} %), alle vähimmäismäärän {min}."),
        (R($@"^k = (?<k>\d+) has a silhouette of (?<s>{Num}), but is not stable enough \((?<a>{Num}) < (?<b>{Num})\): another sample of customers gives other personas\.$"),
            "k = {k}: siluetti {s}, mutta vakaus jää liian matalaksi ({a} < {b}): toinen otos asiakkaista antaisi eri persoonat."),
        (R($@"^k = (?<k>\d+) has a higher silhouette \((?<a>{Num}) against (?<b>{Num})\), but by less than the bootstrap noise \(±(?<noise>{Num})\), and fewer personas are easier to use\.$"),
            "k = {k}: korkeampi siluetti ({a} vs. {b}), mutta ero on satunnaisvaihtelua (±{noise}) pienempi, ja harvempia persoonia on helpompi käyttää."),
        (R($@"^k = (?<k>\d+) is less stable \((?<a>{Num}) against (?<b>{Num})\)\.$"), "k = {k}: vähemmän vakaa ({a} vs. {b})."),
        (R(@"^Value column: '(?<col>.+)' \((?<reason>.+)\)\.$"), "Arvosarake: ”{col}” ({reason})."),
        (R(@"^Value column: none \((?<reason>.+)\)\.$"), "Arvosaraketta ei ole ({reason})."),
        (R(@"^detected from its name, which has '(?<kw>[^']+)'; set ValueColumn or ValueColumns to choose another$"), "tunnistettu nimestä, jossa on ”{kw}”; valitse toinen asetuksella --value-column tai --value-columns"),
        (R(@"^the sum of the (?<n>\d+) money columns named '(?<p>[^']+)\.\.\.'; set ValueColumn or ValueColumns to choose another$"), "{n} rahasarakkeen ”{p}…” summa; valitse toinen asetuksella --value-column tai --value-columns"),
        (R(@"^given in the options$"), "annettu asetuksissa"),
        (R(@"^no value column: detection is off and none was given$"), "ei arvosaraketta: tunnistus on pois päältä eikä saraketta annettu"),
        (R(@"^no value column: no numeric column is named like revenue"), "ei arvosaraketta: yhdenkään numeerisen sarakkeen nimi ei viittaa myyntiin tai rahaan (revenue, monetary, sales, spend, amount, charges, value; pisteet, osuudet, sivumittarit ja keskiarvot eivät ole asiakasarvoa), eikä rahasarakkeiden ryhmää kuten Mnt* löytynyt; anna arvosarake (--value-column, --value-columns) arvo-osuuksia varten"),
        (R(@"^a yes/no column named like an outcome \('(?<w>[^']+)'\)$"), "kyllä/ei-sarake, jonka nimi viittaa lopputulokseen (”{w}”)"),
        (R(@"^a two-level column named like an outcome \('(?<w>[^']+)'\), counting '(?<level>[^']+)'$"), "kaksitasoinen sarake, jonka nimi viittaa lopputulokseen (”{w}”); lasketaan taso ”{level}”"),
        (R(@"^named as an outcome in the options, counting '(?<level>[^']+)'$"), "nimetty lopputulokseksi asetuksissa; lasketaan taso ”{level}”"),
        (R(@"^named as an outcome in the options$"), "nimetty lopputulokseksi asetuksissa"),
        (R(@"^a numeric column named like an outcome \('(?<w>[^']+)'\)$"), "numeerinen sarake, jonka nimi viittaa lopputulokseen (”{w}”)"),
        (R(@"^named like a call's duration, which is known only after the outcome \((?<names>.*)\): clustering on it would explain the outcome by itself \(leakage\)$"),
            "nimi viittaa puhelun kestoon, joka tiedetään vasta lopputuloksen jälkeen ({names}): sen käyttö ryhmittelyssä selittäisi lopputuloksen itsestään (vuoto)"),
        (R($@"^(?<n>{Num}) rows? \((?<pct>[^)]+)\) repeats? another row in every column but the id: possibly the same customer exported twice\. They are kept; remove them from the file if they are copies\.$"),
            "{n} riviä ({pct}) toistaa toisen rivin kaikissa sarakkeissa tunnusta lukuun ottamatta: sama asiakas on ehkä viety kahdesti. Rivit pidetään; poista ne tiedostosta, jos ne ovat kopioita."),
        (R($@"^(?<n>{Num}) (?:id differs|ids differ) from another id only in case, spaces, punctuation or leading zeros \((?<examples>.*)\): possibly one customer under two ids\.$"),
            "{n} tunnusta eroaa toisesta tunnuksesta vain kirjainkoon, välilyöntien, välimerkkien tai etunollien osalta ({examples}): sama asiakas ehkä kahdella tunnuksella."),
    ];

    /// <summary>Phrases of the journey counting rule (<c>JourneySet.Describe</c>), each replaced where it occurs.</summary>
    private static readonly (Regex Pattern, string Finnish)[] Phrases =
    [
        (R(@"purchase journeys: a journey runs from a first touch to its purchase plus the post-purchase touches that follow it"), "ostopolut: polku kulkee ensimmäisestä kosketuksesta ostoon ja sitä seuraaviin oston jälkeisiin kosketuksiin"),
        (R(@" \(post-purchase touchpoints here: (?<tps>[^)]*)\)"), " (oston jälkeiset kosketuspisteet tässä datassa: {tps})"),
        (R(@", and ends there or after (?<n>\d+) (?<unit>days|hours|seconds) without a touch; the next touch starts a new journey and a post-purchase touch never starts one"), " ja päättyy siihen tai {n} {unit} ilman kosketusta; seuraava kosketus aloittaa uuden polun, eikä oston jälkeinen kosketus koskaan aloita polkua"),
        (R(@"one journey per journey id of each customer \(the events' journey column\)"), "yksi polku kutakin asiakkaan polkutunnusta kohden (tapahtumien polkusarake)"),
        (R(@"a customer's history split after each conversion \(a repeat buyer gives several journeys\)"), "asiakkaan historia jaetaan jokaisen konversion jälkeen (toistuva ostaja antaa useita polkuja)"),
        (R(@"a customer's history split at inactivity gaps longer than (?<n>\d+) (?<unit>days|hours|seconds)"), "asiakkaan historia jaetaan yli {n} {unit} taukojen kohdalta"),
        (R(@"one journey per case \(the ids are process-mining cases; no splitting\)"), "yksi polku tapausta kohden (tunnukset ovat prosessilouhinnan tapauksia; ei jakoa)"),
        (R(@"one journey per customer \(the whole history; no splitting\)"), "yksi polku asiakasta kohden (koko historia; ei jakoa)"),
        (R(@"; (?<n>[\d,]+) post-purchase events? with no journey before (?:it is|them are) in no journey"), "; {n} oston jälkeistä tapahtumaa ilman edeltävää polkua ei kuulu mihinkään polkuun"),
        (R(@"; only events within (?<n>\d+) (?<unit>days|hours|seconds) before the journey's last conversion \(or last event\) are kept"), "; mukana vain tapahtumat, jotka ovat enintään {n} {unit} ennen polun viimeistä konversiota (tai viimeistä tapahtumaa)"),
        (R(@"; paths run from the first touch to the purchase"), "; polut kulkevat ensimmäisestä kosketuksesta ostoon"),
        (R(@", with repeated touchpoints in a row counted once \(event counts keep every event\)"), ", ja peräkkäin toistuva kosketuspiste lasketaan kerran (tapahtumamäärissä on jokainen tapahtuma)"),
        (R(@"; paths keep every event"), "; poluissa on jokainen tapahtuma"),
    ];

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["days"] = "päivää",
        ["hours"] = "tuntia",
        ["seconds"] = "sekuntia",
    };

    /// <summary>The message in Finnish, or as it is when no rule knows it (a message from the user's own data or options).</summary>
    /// <param name="message">The English message.</param>
    /// <returns>The Finnish message.</returns>
    public static string Translate(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var runnerUp = message.IndexOf(" Runner-up: ", StringComparison.Ordinal);
        if (runnerUp > 0)
        {
            return Translate(message[..runnerUp]) + " Toiseksi paras: " + Translate(message[(runnerUp + " Runner-up: ".Length)..]);
        }

        if (message.StartsWith("No k met the selection rule: ", StringComparison.Ordinal) && message.EndsWith(" Treat these personas with caution.", StringComparison.Ordinal))
        {
            var inner = message["No k met the selection rule: ".Length..^" Treat these personas with caution.".Length];
            return "Mikään k ei täyttänyt valintasääntöä: " + Translate(inner) + " Käsittele näitä persoonia varoen.";
        }

        foreach (var (pattern, finnish) in Whole)
        {
            var m = pattern.Match(message);
            if (m.Success)
            {
                return Fill(pattern, m, finnish, translateInner: true);
            }
        }

        var text = message;
        foreach (var (pattern, finnish) in Phrases)
        {
            text = pattern.Replace(text, m => Fill(pattern, m, finnish, translateInner: false));
        }

        return text;
    }

    private static string Fill(Regex pattern, Match m, string finnish, bool translateInner)
    {
        var result = finnish;
        foreach (var name in pattern.GetGroupNames().Where(n => !int.TryParse(n, out _)))
        {
            var value = m.Groups[name].Value;
            value = name switch
            {
                "reason" when translateInner => Translate(value),
                "unit" => Units.GetValueOrDefault(value, value),
                "k" or "list" or "best" or "col" or "kw" or "p" or "w" or "level" or "names" or "examples" or "tps" => value,
                _ => Number(value),
            };
            result = result.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return result;
    }

    /// <summary>An invariant number ("1,297", "0.231", "3.5%") in Finnish format ("1 297", "0,231", "3,5 %").</summary>
    private static string Number(string text) => NumberPart().Replace(text, m =>
    {
        var s = m.Value;
        return s.Replace(",", "\u00A0", StringComparison.Ordinal).Replace('.', ',');
    }).Replace("%", "\u00A0%", StringComparison.Ordinal);

    private static Regex R(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex NumberPart();
}
