import * as fs from 'fs';
import * as path from 'path';
import { renderToStaticMarkup } from 'react-dom/server';
import { HelpTab } from '../../../src/taskpane/help/HelpTab';
import { HostSupport } from '../../../src/taskpane/help/HostSupport';
import { USAGE } from '../../../src/cli/usage';

/**
 * 帮助 says which Office cannot run the add-in and what its users can use instead (issue 13 item 7), in
 * the same terms as the README; the commands it names are the CLI's own.
 */
const text = (html: string) => html.replace(/<[^>]+>/g, '');
const help = text(renderToStaticMarkup(<HelpTab />));
const block = text(renderToStaticMarkup(<HostSupport />));
const README = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');

describe('帮助: hosts that cannot run the add-in', () => {
  it('is part of the 帮助 tab', () => {
    expect(help).toContain(block);
  });

  it.each(['WPS', '统信', '麒麟', 'Excel 2016', 'Excel 2019 批量授权版', 'ExcelApi 1.1', 'Internet Explorer', 'WebView2'])('names %s', (word) => {
    expect(block).toContain(word);
    expect(README).toContain(word);
  });

  it('offers the templates with their own conditional formats and the command line instead', () => {
    expect(block).toMatch(/模板自带条件格式，合计与分项对不上时单元格变红/);
    for (const command of block.match(/\b(template|check|fill|narrative)\b/g) ?? []) {
      expect(USAGE).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(new Set(block.match(/\b(template|check|fill|narrative)\b/g))).toEqual(new Set(['template', 'check', 'fill', 'narrative']));
  });
});
