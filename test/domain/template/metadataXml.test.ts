import { metadataFromXml, metadataToXml, TEMPLATE_NAMESPACE } from '../../../src/domain/template/metadataXml';
import type { TemplateMetadata } from '../../../src/domain/workbook/snapshot';

const metadata: TemplateMetadata = {
  formVersion: 1,
  kind: 'budget',
  year: 2025,
  unit: '汾阳市“人社”<局> & 社保中心 \'总\'',
  unitType: '参公事业单位',
  sheets: { '表1 预算收支总表 (2)': 'budget-01', 'A&B <表3>': 'budget-03', '说"明"': 'budget-05' },
};

describe('template metadata XML', () => {
  it('round-trips names with & < > " \' and CJK', () => {
    const xml = metadataToXml(metadata);
    expect(xml).toContain(`xmlns="${TEMPLATE_NAMESPACE}"`);
    expect(xml).toContain('&amp;');
    expect(xml).not.toMatch(/<局>/);
    expect(metadataFromXml(xml)).toEqual(metadata);
  });

  it('round-trips without a unit type', () => {
    const { unitType: _omit, ...rest } = metadata;
    expect(metadataFromXml(metadataToXml(rest))).toEqual(rest);
  });

  it('reads a part whose elements carry a namespace prefix', () => {
    const xml = `<?xml version="1.0"?><bd:template xmlns:bd="${TEMPLATE_NAMESPACE}"><bd:formVersion>1</bd:formVersion><bd:kind>final</bd:kind><bd:year>2024</bd:year><bd:unit>A &amp; B</bd:unit><bd:sheets><bd:sheet bd:name="公开01表" bd:form="final-01"/></bd:sheets></bd:template>`;
    expect(metadataFromXml(xml)).toEqual({ formVersion: 1, kind: 'final', year: 2024, unit: 'A & B', sheets: { 公开01表: 'final-01' } });
  });

  it('returns null for other parts and for damaged ones', () => {
    expect(metadataFromXml('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>')).toBeNull();
    expect(metadataFromXml('<template xmlns="urn:someone-else"><kind>budget</kind><year>2025</year><unit>x</unit><formVersion>1</formVersion></template>')).toBeNull();
    expect(metadataFromXml(metadataToXml(metadata).replace('<kind>budget</kind>', '<kind>other</kind>'))).toBeNull();
    expect(metadataFromXml(metadataToXml(metadata).replace('<year>2025</year>', ''))).toBeNull();
    expect(metadataFromXml('not xml at all')).toBeNull();
  });
});
