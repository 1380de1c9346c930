import { CATALOG_NAMESPACE, catalogFromXml, catalogToXml } from '../../../src/domain/catalog/catalogXml';
import { catalogFromRows } from '../../../src/domain/catalog/catalogImport';
import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';

describe('catalog XML', () => {
  it('round-trips an imported catalog with special characters', () => {
    const { catalog } = catalogFromRows(
      [
        ['科目编码', '科目名称'],
        ['2080109', '社会保险经办机构'],
        ['2089999', '其他 & "特殊" <支出> \'引号\''],
        ['30212', '因公出国(境)费用'],
        ['103', '非税收入'],
      ],
      2025,
      'R&D "科目" <2025>.xlsx',
    );
    const xml = catalogToXml(catalog);
    expect(xml).toContain(`xmlns="${CATALOG_NAMESPACE}"`);
    // Import drops the spaces of wrapped names; the XML escapes the rest.
    expect(xml).toContain('其他&amp;&quot;特殊&quot;&lt;支出&gt;&apos;引号&apos;');
    expect(xml).not.toMatch(/name="[^"]*<[^"]*"/);
    const back = catalogFromXml(xml)!;
    expect(back.year).toBe(2025);
    expect(back.source).toBe('R&D "科目" <2025>.xlsx');
    expect(back.lookup('function', '2089999')?.name).toBe('其他&"特殊"<支出>\'引号\'');
    expect(back.lookup('economic', '30212')?.name).toBe('因公出国(境)费用');
    expect(back.lookup('income', '103')?.name).toBe('非税收入');
    expect(back.entries('function').map((e) => e.code)).toEqual(['2080109', '2089999']);
  });

  it('round-trips the whole built-in catalog', () => {
    const c = builtinCatalog(2024);
    const back = catalogFromXml(catalogToXml(c))!;
    for (const cls of ['function', 'economic', 'income'] as const) {
      expect(back.entries(cls).map((e) => [e.code, e.name])).toEqual(c.entries(cls).map((e) => [e.code, e.name]));
    }
  });

  it('tolerates a prefixed root, single quotes and comments', () => {
    const xml = `<?xml version="1.0"?><!-- saved by Excel --><ns0:catalog xmlns:ns0='${CATALOG_NAMESPACE}' year='2025' source='a.csv'>
      <ns0:entry c='function' code='2210201' name='住房公积金'></ns0:entry><ns0:entry c="bogus" code="1" name="x"/></ns0:catalog>`;
    const c = catalogFromXml(xml)!;
    expect(c.lookup('function', '2210201')?.name).toBe('住房公积金');
    expect(c.entries('function')).toHaveLength(1);
  });

  it('refuses other parts', () => {
    expect(catalogFromXml('<metadata xmlns="urn:budget-disclosure:metadata:v1"/>')).toBeNull();
    expect(catalogFromXml('<catalog xmlns="urn:other" year="2025"/>')).toBeNull();
    expect(catalogFromXml('not xml')).toBeNull();
  });
});
