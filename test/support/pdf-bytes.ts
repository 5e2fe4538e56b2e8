/**
 * Small PDFs built byte by byte for the importer's bad-input tests: a page without any text (what a scan gives the
 * text layer), and an encrypted file whose password is not empty.
 */

/** Assemble a PDF from its objects, with a correct cross-reference table. */
function assemble(objects: string[], trailerExtra = ""): Uint8Array {
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A one-page PDF whose page draws a grey rectangle and no text (like a scanned page's text layer). */
export function pdfWithoutText(): Uint8Array {
  const content = "0.5 g 50 50 400 600 re f";
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

/** A PDF encrypted with the standard security handler and a user password that is not empty. */
export function encryptedPdf(): Uint8Array {
  const hex = (n: number) => Array.from({ length: 32 }, (_, i) => ((i * n + 7) % 256).toString(16).padStart(2, "0")).join("");
  return assemble(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(31)}> /U <${hex(17)}> /P -4 >>`,
    ],
    `/Encrypt 4 0 R /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>] `,
  );
}
