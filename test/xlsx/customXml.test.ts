import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCustomXml, writeCustomXml } from '../../src/xlsx/customXml';

const NS = 'urn:budget-disclosure:template:v1';
const xml = (unit: string) => `<?xml version="1.0" encoding="UTF-8"?><template xmlns="${NS}"><unit>${unit}</unit></template>`;

it('adds one part with its props, rels and content type, and replaces it on the second write', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('预算公开表1').getCell('A1').value = '预算公开表1';
  const plain = Buffer.from(await wb.xlsx.writeBuffer());
  expect(await readCustomXml(plain, NS)).toBeNull();

  const once = await writeCustomXml(plain, NS, xml('汾阳市社会保险中心'));
  const twice = await writeCustomXml(once, NS, xml('汾阳市人力资源和社会保障局'));
  expect(await readCustomXml(twice, NS)).toContain('汾阳市人力资源和社会保障局');

  const zip = await JSZip.loadAsync(twice);
  expect(Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))).toEqual(['customXml/item1.xml']);
  expect(await zip.file('customXml/itemProps1.xml')!.async('string')).toContain(NS);
  expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('Target="../customXml/item1.xml"');
  // Excel still opens it: ExcelJS reads the sheets back.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(twice as unknown as ExcelJS.Buffer);
  expect(back.getWorksheet('预算公开表1')!.getCell('A1').value).toBe('预算公开表1');
});
