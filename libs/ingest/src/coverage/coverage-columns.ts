import type { ComplianceColumns } from '../compliance/compliance-columns';

// The columns of a coverage table and the names they go by, in English or Vietnamese, compared folded (case, accents,
// separators, a trailing unit in brackets) as every importer's headers are. Numbers are persons: a header that says
// thousands or millions is refused (coverage-table.reader.ts), never read as persons.

export const COVERAGE_COLUMNS = {
  unitSet: {
    name: 'unit_set',
    nameVi: 'bộ đơn vị hành chính',
    aliases: ['unit_set', 'unit set', 'Bộ đơn vị', 'Bộ đơn vị hành chính'],
    required: true,
  },
  provinceCode: {
    name: 'province_code',
    nameVi: 'mã tỉnh',
    aliases: ['province_code', 'province code', 'code', 'Mã tỉnh', 'Mã'],
    required: true,
  },
  provinceName: {
    name: 'province_name',
    nameVi: 'tên tỉnh',
    aliases: ['province_name', 'province name', 'province', 'Tên tỉnh', 'Tỉnh', 'Tỉnh/thành phố', 'Tỉnh, thành phố'],
    required: false,
  },
  year: { name: 'year', nameVi: 'năm', aliases: ['year', 'Năm'], required: true },
  labourForce: {
    name: 'labour_force',
    nameVi: 'lực lượng lao động trong độ tuổi',
    aliases: [
      'labour_force',
      'labour force',
      'labor force',
      'working-age labour force',
      'Lực lượng lao động',
      'Lực lượng lao động trong độ tuổi',
    ],
    required: true,
  },
  population: { name: 'population', nameVi: 'dân số', aliases: ['population', 'Dân số'], required: true },
  siParticipants: {
    name: 'si_participants',
    nameVi: 'số người tham gia BHXH',
    aliases: ['si_participants', 'si participants', 'Số người tham gia BHXH', 'Tham gia BHXH'],
    required: true,
  },
  hiParticipants: {
    name: 'hi_participants',
    nameVi: 'số người tham gia BHYT',
    aliases: ['hi_participants', 'hi participants', 'Số người tham gia BHYT', 'Tham gia BHYT'],
    required: true,
  },
  synthetic: {
    name: 'synthetic',
    nameVi: 'số liệu giả lập',
    aliases: ['synthetic', 'Giả lập', 'Số liệu giả lập'],
    required: false,
  },
  source: {
    name: 'source',
    nameVi: 'nguồn số liệu',
    aliases: ['source', 'Nguồn', 'Nguồn số liệu'],
    required: true,
  },
} as const satisfies ComplianceColumns<string>;
export type CoverageField = keyof typeof COVERAGE_COLUMNS;

/** The four numbers of a row, in file order, each with the field of CoverageAmounts it fills. */
export const COVERAGE_NUMBER_FIELDS = ['labourForce', 'population', 'siParticipants', 'hiParticipants'] as const;
