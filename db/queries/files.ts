import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, personalInfoFiles } from '../schema';
import { allOf, cityColumns, inDocuments, joinCity, paged, provenanceColumns, type DocumentFilter, type Page } from './filters';

export interface FileFilter extends DocumentFilter, Page {
  /** the file's name as printed (folded) */
  name?: string;
  certain?: boolean;
}

function where(db: Db, f: FileFilter) {
  return allOf(
    inDocuments(db, personalInfoFiles.assessmentId, f),
    f.name !== undefined && eq(personalInfoFiles.name, f.name.normalize('NFKC')),
    f.certain !== undefined && eq(personalInfoFiles.certain, f.certain),
  );
}

/** One row per 特定個人情報ファイル (Ⅱ), with its 対象人数 and 記録項目 bands. */
export async function listFiles(db: Db, f: FileFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select({
      id: personalInfoFiles.id,
      assessment_id: personalInfoFiles.assessmentId,
      ...cityColumns,
      no: personalInfoFiles.no,
      name: personalInfoFiles.name,
      file_kind: personalInfoFiles.fileKind,
      people_band: personalInfoFiles.peopleBandText,
      people_min: personalInfoFiles.peopleMin,
      people_max: personalInfoFiles.peopleMax,
      items_band: personalInfoFiles.itemsBandText,
      items_min: personalInfoFiles.itemsMin,
      items_max: personalInfoFiles.itemsMax,
      holding_start_on: personalInfoFiles.holdingStartOn,
      ...provenanceColumns(personalInfoFiles),
    })
    .from(personalInfoFiles)
    .$dynamic();
  const rows = joinCity(query, personalInfoFiles.assessmentId)
    .where(condition)
    .orderBy(asc(municipalities.code), asc(personalInfoFiles.assessmentId), asc(personalInfoFiles.no), asc(personalInfoFiles.id));
  return { rows: await paged(rows, f), total: await db.$count(personalInfoFiles, condition) };
}

export type FileRow = Awaited<ReturnType<typeof listFiles>>['rows'][number];
