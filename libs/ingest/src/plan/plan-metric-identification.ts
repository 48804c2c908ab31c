import { fileProblem, type MetricDefinition, type ProblemMessage } from '@scorecard/domain';
import type { PlanImportProblem } from './plan-import.errors';
import type { ParsedPlanTable } from './published-plan-table.reader';
import { foldText } from './published-table-header';

// Which metric each block of a table holds, when no manifest says so: the block's own header (its title and
// total caption) names it, else the table's caption does. A text names the metric it mentions first — Vietnamese
// titles put the subject first ("HỘI NGHỊ KHÁCH HÀNG … THAM GIA BHXH TỰ NGUYỆN, BHYT" is about conferences) —
// unless that mention is an item of a list ("BHXH BẮT BUỘC, BHXH TỰ NGUYỆN, BHYT"; "THAM GIA, BHXH, BHYT"),
// which does not say which of its items the table holds.

export type MetricIdentification = {
  file: string;
  /** 1-based block of the table, left to right. */
  block: number;
  metric: string;
  /** Where the metric came from. */
  source: 'manifest' | 'header' | 'caption' | 'metric column';
  /** The text that named it; null for the manifest. */
  text: string | null;
};

/**
 * Lower-case ASCII words and list separators (",") separated by single spaces and framed by spaces, so keywords
 * match whole words and never across a separator.
 */
export function keywordText(text: string): string {
  const words = foldText(text)
    .replace(/[,;/&+]/g, ' , ')
    .replace(/[^a-z0-9,]+/g, ' ')
    .trim();
  return words === '' ? ' ' : ` ${words} `;
}

const LIST_GAP = /^(?:,|va|and|hoac|or|\s)*$/;
const LIST_BEFORE = /(?:,|\bva|\band|\bhoac|\bor)\s*$/;

type Mention = { metric: string; start: number; end: number };

function mentionsIn(text: string, metrics: readonly MetricDefinition[]): Mention[] {
  const haystack = keywordText(text);
  const mentions: Mention[] = [];
  for (const metric of metrics) {
    for (const keyword of metric.headerKeywords) {
      const needle = keywordText(keyword);
      if (needle === ' ') continue;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        mentions.push({ metric: metric.key, start: at, end: at + needle.length - 1 });
      }
    }
  }
  // Longer keywords first at the same place; a mention inside an earlier one is part of it.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of mentions) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}

/**
 * Metrics a text names, in the order it first names them, and whether the first is an item of a list: followed
 * by another metric with only separators between them, or preceded by a separator.
 */
export function metricsNamed(
  text: string,
  metrics: readonly MetricDefinition[],
): { metrics: string[]; listed: boolean } {
  const mentions = mentionsIn(text, metrics);
  const haystack = keywordText(text);
  const order: string[] = [];
  for (const mention of mentions) if (!order.includes(mention.metric)) order.push(mention.metric);
  const first = mentions[0];
  if (!first) return { metrics: order, listed: false };
  const second = mentions.find((mention) => mention.metric !== first.metric);
  const listedAfter = second !== undefined && LIST_GAP.test(haystack.slice(first.end, second.start));
  const listedBefore = LIST_BEFORE.test(haystack.slice(0, first.start + 1));
  return { metrics: order, listed: listedAfter || listedBefore };
}

type BlockOutcome = { metric: string; source: 'header' | 'caption'; text: string } | PlanImportProblem;

/**
 * The metrics of the blocks of a table, from its headers and caption; `hints` are further texts that may name
 * the metric after the caption (a sheet name, the file name).
 */
export function identifyTableMetrics(
  table: ParsedPlanTable,
  hints: readonly string[],
  catalogue: readonly MetricDefinition[],
): { identifications: MetricIdentification[]; problems: PlanImportProblem[] } {
  const { layout, file } = table;
  if (!layout) return { identifications: [], problems: [] };
  const fix =
    'Name the metric: list the metric keys of the file\'s blocks, left to right, under "metrics" in manifest.json, or title each block with its metric (e.g. "BẢO HIỂM Y TẾ").';
  const fixVi =
    'Ghi rõ chỉ tiêu: liệt kê mã chỉ tiêu của các khối trong tệp, từ trái sang phải, ở mục "metrics" của manifest.json, hoặc đặt tiêu đề mỗi khối bằng tên chỉ tiêu của khối (ví dụ "BẢO HIỂM Y TẾ").';
  const problemAt = (
    kind: 'UNKNOWN_METRIC' | 'AMBIGUOUS_METRIC',
    index: number,
    value: string | null,
    { message, messageVi }: ProblemMessage,
  ): PlanImportProblem => {
    const block = layout.blocks[index];
    return {
      kind,
      file,
      row: block?.headerLine ?? null,
      column: null,
      columnNumber: block ? block.totalColumn + table.columnOffset : null,
      value,
      message: `block ${index + 1} of the table: ${message}`,
      messageVi: `khối ${index + 1} của bảng: ${messageVi}`,
      fix,
      fixVi,
    };
  };

  const outcomes: (BlockOutcome | null)[] = layout.blocks.map((block, index) => {
    const named = metricsNamed(block.headerText, catalogue);
    const [metric] = named.metrics;
    if (!metric) return null;
    if (named.listed) {
      return problemAt('AMBIGUOUS_METRIC', index, block.headerText, {
        message: `its header names ${named.metrics.join(', ')} as items of a list`,
        messageVi: `tiêu đề của khối liệt kê ${named.metrics.join(', ')} thành một danh sách, không rõ khối là chỉ tiêu nào`,
      });
    }
    return { metric, source: 'header', text: block.headerText };
  });

  // Blocks whose header names no metric take theirs from the caption; metrics other blocks name are not candidates.
  const unnamed = outcomes.flatMap((outcome, index) => (outcome === null ? [index] : []));
  if (unnamed.length > 0) {
    const claimed = new Set(outcomes.flatMap((outcome) => (outcome && 'metric' in outcome ? [outcome.metric] : [])));
    const candidates = catalogue.filter((metric) => !claimed.has(metric.key));
    const caption = [...table.captions.map((line) => line.text), ...hints].join(' \n ');
    const named = metricsNamed(caption, candidates);
    const captionText = table.captions.map((line) => line.text).join(' / ') || hints.join(' / ');
    if (unnamed.length === 1 && named.metrics[0] && !named.listed) {
      outcomes[unnamed[0] ?? 0] = { metric: named.metrics[0], source: 'caption', text: captionText };
    } else if (unnamed.length > 1 && named.metrics.length === unnamed.length) {
      // Several untitled blocks under a caption that lists exactly as many metrics: in the order listed.
      unnamed.forEach((blockIndex, order) => {
        const metric = named.metrics[order];
        if (metric) outcomes[blockIndex] = { metric, source: 'caption', text: captionText };
      });
    } else {
      for (const index of unnamed) {
        outcomes[index] =
          named.metrics.length === 0
            ? problemAt('UNKNOWN_METRIC', index, layout.blocks[index]?.headerText || null, {
                message: 'neither its header nor the table caption names a metric',
                messageVi: 'cả tiêu đề của khối lẫn tiêu đề của bảng đều không nêu chỉ tiêu nào',
              })
            : problemAt(
                'AMBIGUOUS_METRIC',
                index,
                captionText,
                unnamed.length === 1
                  ? {
                      message: `its header names no metric and the caption names ${named.metrics.join(', ')} as items of a list`,
                      messageVi: `tiêu đề của khối không nêu chỉ tiêu nào, còn tiêu đề của bảng liệt kê ${named.metrics.join(', ')} thành một danh sách`,
                    }
                  : {
                      message: `${unnamed.length} blocks have no metric in their header and the caption names ${named.metrics.length} (${named.metrics.join(', ')})`,
                      messageVi: `${unnamed.length} khối không nêu chỉ tiêu trong tiêu đề, còn tiêu đề của bảng nêu ${named.metrics.length} chỉ tiêu (${named.metrics.join(', ')})`,
                    },
              );
      }
    }
  }

  const identifications: MetricIdentification[] = [];
  const problems: PlanImportProblem[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome === null) return; // every unnamed block was given an outcome above
    if ('metric' in outcome) identifications.push({ file, block: index + 1, ...outcome });
    else problems.push(outcome);
  });
  return { identifications, problems };
}

/** Problems of metric keys a manifest gives for a file: each must be a key of the catalogue. */
export function givenMetricProblems(
  file: string,
  metrics: readonly string[],
  catalogue: readonly MetricDefinition[],
): PlanImportProblem[] {
  const keys = catalogue.map((metric) => metric.key);
  return metrics
    .filter((metric) => !keys.includes(metric))
    .map((metric) =>
      fileProblem('UNKNOWN_METRIC', file, metric, {
        message: `"${metric}" is not a metric of the catalogue`,
        messageVi: `"${metric}" không có trong danh mục chỉ tiêu`,
        fix: `Use one of the metric keys ${keys.join(', ')} (data/reference/metrics.json).`,
        fixVi: `Dùng một trong các mã chỉ tiêu ${keys.join(', ')} (data/reference/metrics.json).`,
      }),
    );
}

/** The appendix number a caption prints ("PHỤ LỤC 02", "Phụ lục số 2"), two digits. */
export function appendixInCaption(captions: readonly { text: string }[]): string | null {
  for (const { text } of captions) {
    const match = /(?:^| )phu luc (?:so )?0*(\d{1,2})(?: |$)/.exec(keywordText(text));
    if (match?.[1]) return match[1].padStart(2, '0');
  }
  return null;
}
