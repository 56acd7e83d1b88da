using Notify.Core.Csv;

namespace Notify.Core.Tests.Csv;

public sealed class CsvTableTests
{
    private static readonly CsvTable Table = new(["id", "note"], ["id"]);

    private static async Task<List<CsvRecord>> ReadAllAsync(TextReader reader)
    {
        var records = new List<CsvRecord>();
        await foreach (var record in Table.ReadAsync(reader, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task ReadAsync_HeaderInOtherCaseWithSpacesAndBom_MapsTheColumns()
    {
        var records = await ReadAllAsync(new StringReader("\uFEFF NOTE , Id\n a b ,R1\n"));

        var record = Assert.Single(records);
        Assert.Equal(("R1", "a b", ""), (record["id"], record["note"], record["missing"]));
    }

    [Fact]
    public async Task ReadAsync_RepeatedAndMissingColumns_RejectsRowOneWithEveryProblem()
    {
        var records = await ReadAllAsync(new StringReader("note,note\nx,y\n"));

        Assert.Equal(
            ["row 1, header: column 'note' appears twice", "row 1, header: required column 'id' is missing"],
            Assert.Single(records).Errors.Select(error => error.ToString()));
    }

    [Fact]
    public async Task ReadAsync_EmptyInput_SaysTheFileIsEmpty()
    {
        var record = Assert.Single(await ReadAllAsync(new StringReader("")));

        Assert.Equal("row 1, header: the file is empty", Assert.Single(record.Errors).ToString());
    }

    [Fact]
    public async Task ReadAsync_QuotedLineBreakBlankLineAndShortRow_NumbersRecordsNotLines()
    {
        var records = await ReadAllAsync(new StringReader("id,note\nR1,\"two\nlines\"\n\nR2\nR3,\"\"\"quoted\"\"\"\n"));

        Assert.Equal([2, 4, 5], records.Select(record => record.Row));
        Assert.Equal("two\nlines", records[0]["note"]);
        Assert.Equal("row 4, columns: expected 2 fields, found 1", Assert.Single(records[1].Errors).ToString());
        Assert.Equal("\"quoted\"", records[2]["note"]);
    }

    [Fact]
    public async Task ReadAsync_EndlessInput_YieldsRowsAsTheyArrive()
    {
        var read = 0;
        await foreach (var record in Table.ReadAsync(new EndlessRows(), CancellationToken.None))
        {
            Assert.True(record.IsReadable);
            if (++read == 1_000)
            {
                break;
            }
        }

        Assert.Equal(1_000, read);
    }

    [Fact]
    public void CreateWriter_NoRows_StillWritesTheHeader()
    {
        var text = new StringWriter();

        Table.CreateWriter(text).Dispose();

        Assert.Equal("id,note\n", text.ToString());
    }

    [Fact]
    public async Task CreateWriter_CellsNeedingQuotes_ReadBackUnchanged()
    {
        var text = new StringWriter();
        using (var writer = Table.CreateWriter(text))
        {
            writer.WriteRow("R1", "a,\"b\"\nc");
            writer.WriteRow("R2", null);
        }

        var records = await ReadAllAsync(new StringReader(text.ToString()));

        Assert.Equal([("R1", "a,\"b\"\nc"), ("R2", "")], records.Select(record => (record["id"], record["note"])));
    }

    [Fact]
    public void WriteRow_CellsStartingLikeAFormula_ArePrefixedWithAQuote()
    {
        var text = new StringWriter();
        using (var writer = Table.CreateWriter(text))
        {
            foreach (var cell in new[] { "=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx" })
            {
                writer.WriteRow("R1", cell);
            }
        }

        var notes = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(["'=1+1", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)", "'\tx", "\"'\rx\""], notes);
    }

    [Fact]
    public void WriteRow_SignedNumbers_AreWrittenAsTheyAre()
    {
        var text = new StringWriter();
        using (var writer = Table.CreateWriter(text))
        {
            writer.WriteRow("-12", "+8613800000000");
            writer.WriteRow("-0.5", "+3");
        }

        Assert.Equal("id,note\n-12,+8613800000000\n-0.5,+3\n", text.ToString());
    }

    [Fact]
    public async Task CreateWriter_FormulaLeadingCells_ReadBackAsWritten()
    {
        string[] notes = ["=1+1", "-x", "@home", "'quoted", "'=kept"];
        var text = new StringWriter();
        using (var writer = Table.CreateWriter(text))
        {
            foreach (var note in notes)
            {
                writer.WriteRow("R1", note);
            }
        }

        var records = await ReadAllAsync(new StringReader(text.ToString()));

        Assert.Equal(notes, records.Select(record => record["note"]));
    }

    [Fact]
    public void WriteRow_WrongCellCount_Throws()
    {
        using var writer = Table.CreateWriter(new StringWriter());

        Assert.Throws<ArgumentException>(() => writer.WriteRow("R1"));
    }

    /// <summary>A header and then data rows without end: a reader that waited for the end of input would never return.</summary>
    private sealed class EndlessRows : TextReader
    {
        private const string Header = "id,note\n";
        private long _position;

        public override int Read(Span<char> buffer)
        {
            for (var i = 0; i < buffer.Length; i++, _position++)
            {
                buffer[i] = _position < Header.Length ? Header[(int)_position] : "R1,x\n"[(int)((_position - Header.Length) % 5)];
            }

            return buffer.Length;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }
}
