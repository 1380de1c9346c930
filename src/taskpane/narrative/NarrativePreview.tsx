import { mergeClasses } from '@fluentui/react-components';
import type { CellRef } from '../../domain/findings/finding';
import type { Narrative, NarrativeRun } from '../../domain/narrative/narrativeTypes';
import type { StaleParagraph } from '../../domain/narrative/staleParagraphs';
import { useNarrativeStyles } from './narrativeStyles';
import { STALE_LABEL, STALE_TITLE, gluedRuns, paragraphKey, staleByParagraph, unitPieces } from './narrativeView';

/** The generated text; every figure selects its cells, stale paragraphs carry a 已过期 marker. */
export function NarrativePreview({
  narrative,
  stale,
  onSelect,
}: {
  readonly narrative: Narrative;
  readonly stale: readonly StaleParagraph[];
  readonly onSelect: (refs: readonly CellRef[]) => void;
}): JSX.Element {
  const styles = useNarrativeStyles();
  const marks = staleByParagraph(stale);
  return (
    <article className={styles.preview} aria-label="情况说明预览" data-testid="narrative-preview">
      <h2 className={styles.title}>{narrative.title}</h2>
      {narrative.sections.map((s, i) => (
        <section key={`${s.heading}-${i}`}>
          {s.level === 1 ? <h3 className={styles.h1}>{s.heading}</h3> : <h4 className={styles.h2}>{s.heading}</h4>}
          {s.paragraphs.map((p, j) => {
            const mark = marks.get(paragraphKey(i, j));
            return (
              <p key={j} className={mergeClasses(styles.para, mark && styles.stalePara)} data-stale={mark}>
                {mark && (
                  <span className={styles.staleBadge} title={STALE_TITLE[mark]}>
                    {STALE_LABEL[mark]}
                  </span>
                )}
                {gluedRuns(p.runs).map((g, k) =>
                  g.unit ? (
                    <span key={k} className={styles.nowrap}>
                      <Run run={g.run} styles={styles} onSelect={onSelect} />
                      {g.unit}
                    </span>
                  ) : (
                    <Run key={k} run={g.run} styles={styles} onSelect={onSelect} />
                  ),
                )}
              </p>
            );
          })}
        </section>
      ))}
    </article>
  );
}

function Run({
  run,
  styles,
  onSelect,
}: {
  readonly run: NarrativeRun;
  readonly styles: ReturnType<typeof useNarrativeStyles>;
  readonly onSelect: (refs: readonly CellRef[]) => void;
}): JSX.Element {
  if (run.missing) return <mark className={styles.missing}>{run.text}</mark>;
  if (run.sources && run.sources.length > 0) {
    const where = run.sources.map((s) => `${s.sheet}!${s.address}`).join('、');
    return (
      <button type="button" className={styles.figure} onClick={() => onSelect(run.sources!)} title={`来源：${where}`} aria-label={`${run.text}（来源 ${where}）`}>
        {run.text}
      </button>
    );
  }
  return (
    <>
      {unitPieces(run.text).map((p, i) =>
        p.keep ? (
          <span key={i} className={styles.nowrap}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
