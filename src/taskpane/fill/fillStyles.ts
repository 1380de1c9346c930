import { makeStyles, tokens } from '@fluentui/react-components';

/** The 填充 tab's look, shared by its view, its preview list and its undo section. */
export const useFillStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  heading: { margin: '6px 0 2px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: '1px',
    padding: '4px 6px',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  conflict: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  link: {
    border: 'none',
    background: 'none',
    padding: 0,
    textAlign: 'left',
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    textDecoration: 'underline',
  },
  reason: { color: tokens.colorNeutralForeground3 },
  changed: { borderLeftColor: tokens.colorPaletteRedBorder2 },
});
