namespace Personas.Samples;

/// <summary>
/// The data dictionary of the sample data (<c>data-samples/dictionary.csv</c>): readable labels in English and Finnish,
/// units and level labels, so that the sample's cards read "€74 average order" and "live alone" instead of column names.
/// </summary>
internal static class SampleDictionary
{
    /// <summary>The file name.</summary>
    public const string FileName = "dictionary.csv";

    /// <summary>The CSV text (LF line endings, UTF-8).</summary>
    public const string Csv = """
        column,level,label,label_fi,unit,unit_fi,high,high_fi,low,low_fi,description
        customer_id,,customer id,asiakastunnus,,,,,,,"the customer's id, not a feature"
        age,,age,ikä,years,vuotta,older,varttuneet,young,nuoret,
        region,,country,maa,,,,,,,
        region,Sweden,live in Sweden,asuvat Ruotsissa,,,,,,,
        region,Norway,live in Norway,asuvat Norjassa,,,,,,,
        region,Denmark,live in Denmark,asuvat Tanskassa,,,,,,,
        region,Finland,live in Finland,asuvat Suomessa,,,,,,,
        region,Iceland,live in Iceland,asuvat Islannissa,,,,,,,
        household_type,,household,kotitalous,,,,,,,
        household_type,single,live alone,asuvat yksin,,,,,,,
        household_type,couple,live as a couple,asuvat pariskuntana,,,,,,,
        household_type,family,live with children,asuvat lasten kanssa,,,,,,,
        household_type,shared,share a flat,asuvat kimppakämpässä,,,,,,,
        tenure_months,,time as a customer,asiakkuuden kesto,months,kk,long-standing,pitkäaikaiset,new,uudet,
        loyalty_tier,,loyalty tier,kanta-asiakastaso,,,,,,,
        loyalty_tier,basic,are basic members,ovat perustason jäseniä,,,,,,,
        loyalty_tier,silver,are silver members,ovat hopeatason jäseniä,,,,,,,
        loyalty_tier,gold,are gold members,ovat kultatason jäseniä,,,,,,,
        loyalty_tier,platinum,are platinum members,ovat platinatason jäseniä,,,,,,,
        preferred_channel,,preferred channel,mieluisin kanava,,,,,,,
        preferred_channel,web,prefer the website,suosivat verkkokauppaa,,,,,,,
        preferred_channel,app,prefer the app,suosivat sovellusta,,,,,,,
        preferred_channel,store,prefer the store,suosivat myymälää,,,,,,,
        orders_12m,,orders in a year,tilaukset vuodessa,orders,tilausta,frequent,usein ostavat,occasional,harvoin ostavat,
        revenue_12m,,yearly spend,vuoden ostot,€,€,big-spending,paljon ostavat,low-spending,vähän ostavat,
        avg_order_value,,average order,keskiostos,€,€,,,,,
        days_since_last_order,,days since the last order,päiviä edellisestä tilauksesta,days,päivää,lapsed,hiipuneet,recent,tuoreet,
        web_sessions_12m,,web and app visits in a year,verkko- ja sovelluskäynnit vuodessa,visits,käyntiä,,,,,
        email_open_rate,,email open rate,sähköpostien avausprosentti,share,osuus,,,,,
        discount_share,,share bought on discount,alennuksella ostettu osuus,share,osuus,deal-seeking,tarjoushakuiset,,,
        return_rate,,return rate,palautusprosentti,share,osuus,,,,,
        nps,,likelihood to recommend (0-10),suositteluhalukkuus (0–10),,,,,,,
        app_user,,app user,sovelluksen käyttäjä,,,,,,,
        app_user,yes,use the app,käyttävät sovellusta,,,,,,,
        newsletter,,newsletter subscriber,uutiskirjeen tilaaja,,,,,,,
        newsletter,yes,subscribe to the newsletter,tilaavat uutiskirjeen,,,,,,,
        last_feedback,,last feedback,viimeisin palaute,,,,,,,

        """;
}
