using System.Text;
using Personas.Data.Parsing;

namespace Personas.Tests.Data;

public class CompactIdsTests
{
    [Fact]
    public void Ids_RoundTripExactly_WhateverTheirLengthAndScript()
    {
        string[] given = ["c1", "", "Ääkkönen-42", "顧客-7", "😀x", new string('z', 200), new string('é', 70_000)];
        var ids = new CompactIds(given.Length);
        for (var i = 0; i < given.Length; i++)
        {
            Assert.True(ids.Set(i, given[i]));
        }

        Assert.Equal(given, ids.ToArray());
        for (var i = 0; i < given.Length; i++)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(given[i]), ids.Utf8(i).ToArray());
        }
    }

    [Fact]
    public void RowsNeverSet_AreNull_AndALoneSurrogateIsRefused()
    {
        var ids = new CompactIds(3);
        Assert.True(ids.Set(0, "a"));
        Assert.False(ids.Set(1, "bad\uD800"));
        Assert.True(ids.Set(2, "c"));
        Assert.Equal("a", ids[0]);
        Assert.Null(ids[1]);
        Assert.Equal("c", ids[2]);
        Assert.True(ids.Utf8(1).IsEmpty);
    }

    [Fact]
    public void ManyIds_CrossTheBlockBoundary_AndPickKeepsTheChosenRows()
    {
        // 6 million ids of 12 bytes (13 with the length prefix) fill more than one 64 MiB block.
        const int n = 6_000_000;
        var ids = new CompactIds(n);
        Span<char> text = stackalloc char[12];
        for (var i = 0; i < n; i++)
        {
            i.TryFormat(text[2..], out var w, "D10", System.Globalization.CultureInfo.InvariantCulture);
            text[0] = 'c';
            text[1] = '-';
            Assert.True(ids.Set(i, text[..(w + 2)]));
        }

        foreach (var i in new[] { 0, 1, 5_162_220, 5_162_221, 5_162_222, n - 1 })
        {
            Assert.Equal("c-" + i.ToString("D10", System.Globalization.CultureInfo.InvariantCulture), ids[i]);
        }

        Assert.Same(ids, ids.Pick(Enumerable.Range(0, n).ToArray()));
        var picked = ids.Pick([n - 1, 7, 5_162_221]);
        Assert.Equal(["c-0005999999", "c-0000000007", "c-0005162221"], picked.ToArray());
    }
}
