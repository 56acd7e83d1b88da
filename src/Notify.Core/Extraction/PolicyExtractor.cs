using Notify.Core.Documents;
using Notify.Core.Items;
using Notify.Core.Residents;
using Notify.Core.Text;
using Notify.Core.Units;

namespace Notify.Core.Extraction;

/// <summary>
/// From a policy file to its documents and time-bound items: decode, normalize, segment, then for
/// every dated mention attach its responsible units (by block and parenthetical rules) and the
/// resident groups and amounts stated in the same sentence.
/// </summary>
public sealed class PolicyExtractor(UnitResolver resolver)
{
    private const int MaxQuoteLength = 240;

    private readonly ResponsibleUnitLocator _locator = new(resolver.Directory);
    private readonly TimeExpressionExtractor _times = new();
    private readonly ResidentRuleExtractor _residents = new();

    public PolicyExtractor()
        : this(UnitResolver.Default)
    {
    }

    /// <summary>Decodes and extracts; throws <see cref="PolicyTextException"/> for input that is not readable text.</summary>
    public ExtractionResult Extract(ReadOnlySpan<byte> content)
    {
        var decoded = PolicyTextDecoder.Decode(content);
        return ExtractText(decoded.Text) with { Encoding = decoded.Encoding };
    }

    public ExtractionResult ExtractText(string text)
    {
        var segmented = DocumentSegmenter.Segment(TextNormalizer.Normalize(text));
        var items = new List<ExtractedItem>();
        var covered = new bool[segmented.Text.Lines.Count];
        var pageDate = new Lazy<MetadataDate?>(() => PageMetadata.Find(segmented.Text));
        foreach (var document in segmented.Documents)
        {
            ExtractDocumentItems(segmented, document, items, covered, pageDate);
        }

        ExtractLooseItems(segmented, items, covered, pageDate);
        var notes = new List<string>();
        if (segmented.Documents.Count == 0)
        {
            notes.Add("No document structure (文号, title or signing date) was recognised.");
        }

        if (items.Count == 0)
        {
            notes.Add("No time-bound items were found.");
        }

        return new ExtractionResult("utf-8", [.. segmented.Documents.Select(ToExtracted)], items, notes);
    }

    private void ExtractDocumentItems(SegmentedText segmented, PolicyDocument document, List<ExtractedItem> items, bool[] covered, Lazy<MetadataDate?> pageDate)
    {
        var lines = segmented.Text.Lines;
        var jurisdiction = resolver.Directory.JurisdictionOf(TraditionalFolding.Fold(document.Issuer ?? document.Title ?? ""));
        var documentLines = new List<NormalizedLine>(document.LastLineIndex - document.FirstLineIndex + 1);
        for (var index = document.FirstLineIndex; index <= document.LastLineIndex; index++)
        {
            documentLines.Add(lines[index]);
        }

        var responsibilities = _locator.Locate(documentLines, jurisdiction);
        var context = new TimeContext(document.Signed ?? document.Published, ContextYear.Of(document));
        var yearSource = ContextYear.Of(document) is null ? pageDate.Value : null;
        context = yearSource is null ? context : ContextFrom(yearSource);
        var issuer = document.Issuer is null ? null : resolver.Resolve(TraditionalFolding.Fold(document.Issuer), jurisdiction);
        var documentRules = new Lazy<ResidentRules>(() => DocumentRules(lines, document));
        var blocks = new TimeBlocks();
        var repeats = new RepeatedWindows();
        for (var index = document.FirstLineIndex; index <= document.LastLineIndex; index++)
        {
            covered[index] = true;
            if (segmented.IsExcluded(index))
            {
                continue;
            }

            var block = blocks.Enter(lines[index].Text);
            var mentions = _times.Extract(lines[index].Text, block is null ? context : context with { Block = block });
            blocks.Leave(lines[index].Text, mentions);
            foreach (var mention in mentions.Where(repeats.IsFirst))
            {
                var assignment = responsibilities.For(index - document.FirstLineIndex, mention.Start);
                items.Add(BuildItem(lines[index], WithYearSource(mention, yearSource), document.DocNumber, assignment, issuer, documentRules));
            }
        }

    }

    // Lines outside every document (a loose paragraph, an unstructured notice) still yield items, with
    // units found by the same rules as in a document; the jurisdiction is known only if the text names it.
    // A page's metadata (成文日期, 发布日期, 截止) gives them a year, marked for review.
    private void ExtractLooseItems(SegmentedText segmented, List<ExtractedItem> items, bool[] covered, Lazy<MetadataDate?> pageDate)
    {
        var lines = segmented.Text.Lines;
        var repeats = new RepeatedWindows();
        var index = 0;
        while (index < lines.Count)
        {
            if (covered[index])
            {
                index++;
                continue;
            }

            var runStart = index;
            while (index < lines.Count && !covered[index])
            {
                index++;
            }

            ExtractLooseRun(segmented, runStart, index, items, pageDate.Value, repeats);
        }
    }

    private void ExtractLooseRun(SegmentedText segmented, int runStart, int runEnd, List<ExtractedItem> items, MetadataDate? yearSource, RepeatedWindows repeats)
    {
        var lines = segmented.Text.Lines;
        var context = yearSource is null ? TimeContext.None : ContextFrom(yearSource);
        var blocks = new TimeBlocks();
        ResponsibilityMap? responsibilities = null;
        for (var index = runStart; index < runEnd; index++)
        {
            if (segmented.IsExcluded(index))
            {
                continue;
            }

            var block = blocks.Enter(lines[index].Text);
            var mentions = _times.Extract(lines[index].Text, block is null ? context : context with { Block = block });
            blocks.Leave(lines[index].Text, mentions);
            foreach (var mention in mentions.Where(repeats.IsFirst))
            {
                responsibilities ??= _locator.Locate([.. Enumerable.Range(runStart, runEnd - runStart).Select(line => lines[line])], jurisdiction: null);
                var assignment = responsibilities.For(index - runStart, mention.Start);
                items.Add(BuildItem(lines[index], WithYearSource(mention, yearSource), docNumber: null, assignment, issuer: null, new Lazy<ResidentRules>(ResidentRules.None)));
            }
        }
    }

    private static TimeContext ContextFrom(MetadataDate date) => new(date.DatesTheDocument ? date.Date : null, date.Date.Year);

    private static TimeMention WithYearSource(TimeMention mention, MetadataDate? source) =>
        source is null || !mention.Inferred
            ? mention
            : mention with
            {
                // The context year is the page's: say which field it came from instead of "the document context".
                Reasons = [$"year {source.Date.Year} taken from the page's {source.Field} field on line {source.SourceLine}",
                    .. mention.Reasons.Where(reason => !reason.StartsWith($"year {source.Date.Year} taken from", StringComparison.Ordinal))],
            };

    private ExtractedItem BuildItem(
        NormalizedLine line, TimeMention mention, string? docNumber, UnitAssignment assignment, UnitMatch? issuer, Lazy<ResidentRules> documentRules)
    {
        var matched = line.Text.Substring(mention.SentenceStart, mention.SentenceLength);
        var sentence = line.Written.Substring(mention.SentenceStart, mention.SentenceLength).Trim();
        var rules = _residents.Extract(matched.Trim());
        var notes = new List<string>(mention.Reasons);
        var audience = Audience(mention, rules, assignment);
        if (audience == ItemAudience.Residents && rules.Amounts.Count == 0 && documentRules.Value.Amounts.Count > 0)
        {
            // A window opens here; what residents pay is usually stated in its own paragraph of the same document.
            var stated = documentRules.Value;
            rules = rules with { Amounts = stated.Amounts, Groups = rules.Groups.Count > 0 ? rules.Groups : stated.Groups };
            notes.Add("amounts stated elsewhere in the document");
        }

        notes.AddRange(assignment.Reasons);
        List<UnitRef> lead = [.. assignment.Lead.Select(unit => ToRef(unit, line))];
        List<UnitRef> cooperating = [.. assignment.Cooperating.Select(unit => ToRef(unit, line))];
        return new ExtractedItem(
            mention.Kind,
            mention.Date,
            mention.EndDate,
            mention.Recurrence,
            line.SourceLineAt(mention.Start),
            sentence.Length <= MaxQuoteLength ? sentence : sentence[..MaxQuoteLength] + "…",
            docNumber,
            lead,
            cooperating,
            audience,
            rules.Groups,
            rules.Amounts,
            Math.Round(mention.Confidence, 2),
            ReviewRule.ForExtraction(mention, audience, [.. lead, .. cooperating], issuer?.Name))
        {
            DateInferred = ReviewRule.IsInferred(mention),
            Notes = notes,
        };
    }

    /// <summary>
    /// Residents for windows and for sentences that state what residents pay or receive; units
    /// whenever units are made responsible; otherwise residents only if the sentence is about them.
    /// </summary>
    private static ItemAudience Audience(TimeMention mention, ResidentRules rules, UnitAssignment assignment)
    {
        if (mention.Kind == ItemKind.Window || rules.Amounts.Count > 0)
        {
            return ItemAudience.Residents;
        }

        return assignment.IsEmpty && (rules.Groups.Count > 0 || rules.MentionsResidents) ? ItemAudience.Residents : ItemAudience.Units;
    }

    private ResidentRules DocumentRules(IReadOnlyList<NormalizedLine> lines, PolicyDocument document)
    {
        var groups = new List<string>();
        var amounts = new List<AmountRule>();
        for (var index = document.FirstLineIndex; index <= document.LastLineIndex; index++)
        {
            var rules = _residents.Extract(lines[index].Text);
            groups.AddRange(rules.Groups.Where(group => !groups.Contains(group)));
            amounts.AddRange(rules.Amounts.Where(amount => !amounts.Contains(amount)));
        }

        return new ResidentRules(groups, amounts, groups.Count > 0);
    }

    private static UnitRef ToRef(UnitMatch unit, NormalizedLine line) => new(WrittenForms.In(unit.Name, line), unit.UnitId);

    private static ExtractedDocument ToExtracted(PolicyDocument document) => new(
        document.DocNumber, document.Title, document.Issuer, document.Signed ?? document.Published, document.Line, document.Addressees, document.Public);
}
