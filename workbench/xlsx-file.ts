// "Download .xlsx": the simulated workbook as a file, through simulator/xlsx.ts. exceljs is large,
// so it is loaded (a separate chunk) on the first export only.

import type { ExcelSimulator } from "../simulator";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function workbookBytes(sim: ExcelSimulator): Promise<Uint8Array> {
  const { exportXlsx } = await import(/* webpackChunkName: "workbench-xlsx" */ "../simulator/xlsx");
  // A copy in this window's realm of the pane window's workbook.
  return exportXlsx(structuredClone(sim.state()));
}

export function saveFile(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
