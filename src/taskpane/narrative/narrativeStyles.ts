import { makeStyles, tokens } from '@fluentui/react-components';

/** The 说明 tab's look, shared by its view, the preview and the stale notice. */
export const useNarrativeStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 10px',
    lineHeight: '1.8',
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
  },
  title: { margin: '0 0 6px 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, textAlign: 'center' },
  h1: { margin: '10px 0 2px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightBold },
  h2: { margin: '6px 0 2px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  para: { margin: '0 0 4px 0', textIndent: '2em' },
  // A stale paragraph: marked by a word, not only by colour.
  stalePara: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    boxShadow: `inset 3px 0 0 ${tokens.colorStatusWarningBorderActive}`,
  },
  staleBadge: {
    display: 'inline-block',
    textIndent: 0,
    marginRight: '4px',
    padding: '0 4px',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorStatusWarningBorder2}`,
    color: tokens.colorStatusWarningForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  figure: {
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'underline dotted',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  missing: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorPaletteRedForeground1 },
  heading: { margin: '4px 0 6px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, cursor: 'pointer' },
  details: { display: 'block' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { display: 'flex', gap: '8px', alignItems: 'flex-start', fontSize: tokens.fontSizeBase200 },
  itemText: { flex: 1, minWidth: 0 },
  nowrap: { whiteSpace: 'nowrap' },
  audit: { display: 'flex', flexDirection: 'column', gap: '6px', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '8px' },
  auditHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});
