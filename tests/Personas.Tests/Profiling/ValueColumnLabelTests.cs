using Personas.Profiling;

namespace Personas.Tests.Profiling;

public class ValueColumnLabelTests
{
    [Theory]
    [InlineData("revenue", "revenue")]
    [InlineData("spend_web,spend_store", "spend_web + spend_store")]
    [InlineData("MntWines,MntFruits,MntMeatProducts,MntFishProducts,MntSweetProducts,MntGoldProds", "Mnt* (6 columns)")]
    [InlineData("spend_food,spend_toys,spend_wine", "spend* (3 columns)")]
    [InlineData("food,toys,wine,books", "food + 3 more columns")]
    public void ALongSum_IsNamedByItsSharedPrefix(string columns, string label) =>
        Assert.Equal(label, ValueColumns.Label(columns.Split(',')));
}
