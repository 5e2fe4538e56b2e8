/**
 * The 生成报告 panel: one read of the workbook, the check, one report document, and three independent outputs —
 * the .docx download, the whole report on the clipboard (rich HTML with real tables, plus plain text), and a new
 * worksheet holding the text and the tables. When a 强制 finding is open the user confirms first and the report
 * carries the 未通过校验 notice.
 *
 * The narrative, the exporters and the docx library are loaded only when the button is pressed (`generate-build`,
 * a separate chunk), so the pane's start-up bundle does not grow. Talks to the workbook only through the port.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { WORDING_LABELS, type InfoFieldKey, type OverviewItemKey, type Wording } from "../format";
import type { ReportData, ReportRead } from "../report";
import type { Finding } from "../rules";
import type { ReadResult, ReportSet } from "../workbook/layout";
import { WorkbookError, type WorkbookPort } from "../workbook/port";
import { loadServices } from "./services";
import { GENERATE_STRINGS as S } from "./generate-strings";
import type { PreparedReport } from "./generate-build";
import { WordingChoices } from "./WordingChoices";

type Builder = typeof import("./generate-build");

/** Load the generator chunk once per page. */
let builderPromise: Promise<Builder> | undefined;
function loadBuilder(): Promise<Builder> {
  if (!builderPromise)
    builderPromise = import("./generate-build").catch((e: unknown) => {
      builderPromise = undefined; // a later press tries again (e.g. after the network is back)
      throw e;
    });
  return builderPromise;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  start: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  outputs: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  heading: { margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  output: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  status: { alignSelf: "stretch", minWidth: 0 },
  dialogActions: { flexWrap: "wrap" },
});

/** A message under one output. */
interface OutputStatus {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}
type OutputKey = "download" | "copy" | "sheet";
type Stage = null | "reading" | "building" | "docx" | "writing" | "saving";

/** A generated report with when it was made. */
interface Generated extends PreparedReport {
  at: Date;
}

/** The part of the core the panel calls (`ReportServices` has them all). */
export interface GenerateServices {
  /** Read a report set's tables and 报告信息 (one `readNamed`). */
  readReport(port: WorkbookPort, set?: ReportSet): Promise<ReadResult>;
  /** Every rule on the data. */
  checkReport(read: ReportData | ReportRead): Finding[];
  /** Open 强制, open 提示 and 已说明 counts. */
  summarize(findings: Finding[]): { errors: number; warnings: number; explained: number };
}

/** Props of the panel; `services` is the core or a function loading it (the pane's lazily loaded core). */
export interface GeneratePanelProps {
  port: WorkbookPort;
  services?: GenerateServices | (() => Promise<GenerateServices>);
  /** The report set to read (the first when omitted). */
  reportSet?: ReportSet;
  /**
   * The data of the pane's latest check. When it differs from the data the outputs were generated from, they are
   * marked stale (the pane's live check finds every change, including those that raised no event).
   */
  checked?: ReportData;
  /** True while the pane runs another action on the workbook. */
  disabled?: boolean;
}

/** A Chinese message for an error of the port or the host. */
function errorText(e: unknown): string {
  if (e instanceof WorkbookError) return e.message;
  if (e && typeof e === "object" && "message" in e) {
    const code = (e as { code?: unknown }).code;
    return `Excel 返回了错误（${typeof code === "string" && code ? code : String((e as { message: unknown }).message)}）。`;
  }
  return "发生未知错误。";
}

const time = (d: Date) => `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;

/** The 生成报告 button, its confirmation and its three outputs. */
export function GeneratePanel({ port, services, reportSet, checked, disabled = false }: GeneratePanelProps): React.JSX.Element {
  const styles = useStyles();
  const [stage, setStage] = React.useState<Stage>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [pending, setPending] = React.useState<{ data: ReportData; findings: Finding[]; errors: number } | null>(null);
  const [report, setReport] = React.useState<Generated | null>(null);
  /** Where the 报告信息 fields were at the last read (the wording choices are written there). */
  const [infoCells, setInfoCells] = React.useState<ReadResult["infoCells"]>({});
  const [status, setStatus] = React.useState<Partial<Record<OutputKey, OutputStatus>>>({});
  /** The data the outputs were generated from, as text. */
  const [builtFrom, setBuiltFrom] = React.useState<string | null>(null);
  const checkedText = React.useMemo(() => (checked === undefined ? null : JSON.stringify(checked)), [checked]);
  // A change after generating makes the outputs stale; say so (read-only: nothing is written).
  const stale = report !== null && builtFrom !== null && checkedText !== null && checkedText !== builtFrom;
  const builderRef = React.useRef<Builder | null>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const servicesRef = React.useRef(services);
  servicesRef.current = services;

  const getServices = React.useCallback(async (): Promise<GenerateServices> => {
    const s = servicesRef.current;
    if (typeof s === "function") return s();
    return s ?? loadServices();
  }, []);

  const build = async (data: ReportData, findings: Finding[]) => {
    setStage("building");
    let gen: Builder;
    try {
      gen = await loadBuilder();
    } catch {
      setError(S.loadFailed);
      return;
    }
    builderRef.current = gen;
    const prepared = await gen.prepareReport(data, findings, () => setStage("docx"));
    setReport({ ...prepared, at: new Date() });
    if (prepared.refused) {
      // Same refusal as the command line: no output holds a character Word, Excel or a web page cannot open.
      const refused: OutputStatus = { intent: "error", text: S.refused(prepared.refused) };
      setStatus({ download: refused, copy: refused, sheet: refused });
    } else setStatus(prepared.docx.ok ? {} : { download: { intent: "error", text: S.docxFailed(prepared.docx.detail) } });
    setBuiltFrom(JSON.stringify(data));
  };

  /** Run a step with the progress shown and a Chinese message on failure. */
  const run = async (first: Stage, step: () => Promise<void>) => {
    setStage(first);
    setError(null);
    try {
      await step();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setStage(null);
    }
  };

  const onGenerate = () =>
    run("reading", async () => {
      void loadBuilder().catch(() => undefined); // start fetching the chunk while the workbook is read
      const s = await getServices();
      const read = reportSet ? await s.readReport(port, reportSet) : await s.readReport(port);
      setInfoCells(read.infoCells ?? {});
      if (Object.values(read.tables).every((t) => t === null)) {
        setError(S.noTables);
        return;
      }
      // The one check pipeline on what was read, layout problems included, so the count is the findings list's.
      const findings = s.checkReport(read);
      const errors = s.summarize(findings).errors;
      if (errors > 0) {
        setPending({ data: read.data, findings, errors });
        return;
      }
      await build(read.data, findings);
    });

  const onConfirm = () => {
    const p = pending;
    setPending(null);
    if (p) void run("building", () => build(p.data, p.findings));
  };

  // Move focus to the outputs when a report is ready, so keyboard and screen-reader users land on them.
  React.useEffect(() => {
    if (report) headingRef.current?.focus();
  }, [report]);

  /** Save a sub-item's wording choice in 报告信息 (blank: automatic), then generate again from the workbook. */
  const onChooseWording = (item: OverviewItemKey, choice: Wording | null) => {
    const key: InfoFieldKey = `text.wording.${item}`;
    const cell = infoCells[key];
    const title = report?.doc.wording.find((w) => w.item === item)?.title ?? item;
    if (!cell) {
      setError(S.wordingNoRow(title));
      return;
    }
    let saved = false;
    void run("saving", async () => {
      await port.apply([{ op: "values", range: cell, values: [[choice === null ? null : WORDING_LABELS[choice]]] }]);
      saved = true;
    }).then(() => (saved ? onGenerate() : undefined));
  };

  const say = (key: OutputKey, s: OutputStatus) => setStatus((old) => ({ ...old, [key]: s }));

  const onDownload = () => {
    const gen = builderRef.current;
    if (!report || !gen || !report.docx.ok) return;
    try {
      gen.downloadBytes(report.docx.bytes, report.fileName, gen.DOCX_MIME);
      say("download", { intent: "info", text: S.downloadStarted(report.fileName) });
    } catch (e) {
      if (!(e instanceof gen.DownloadUnsupportedError)) console.error(e);
      say("download", { intent: "error", text: S.downloadUnsupported });
    }
  };

  const onCopy = async () => {
    const gen = builderRef.current;
    if (!report || !gen || report.refused) return;
    try {
      await gen.copyRichText(report.html, report.text);
      say("copy", { intent: "success", text: S.copied });
    } catch (e) {
      console.error(e);
      say("copy", { intent: "error", text: S.copyFailed });
    }
  };

  const onWriteSheet = async () => {
    const gen = builderRef.current;
    if (!report || !gen || report.refused) return;
    setStage("writing");
    try {
      const plan = gen.planReportSheet(report.doc, await port.listSheets());
      await port.apply(plan.ops);
      let selected = true;
      try {
        await port.select([{ sheet: plan.sheet, row: 0, col: 0, rows: 1, cols: 1 }]);
      } catch {
        selected = false; // the sheet is written; only showing it failed, and the message says where it is
      }
      say("sheet", { intent: "success", text: selected ? S.written(plan.sheet) : S.writtenNotShown(plan.sheet) });
    } catch (e) {
      say("sheet", { intent: "error", text: S.writeFailed(errorText(e)) });
    } finally {
      setStage(null);
    }
  };

  const busy = stage !== null || disabled;
  const progress = stage === "reading" ? S.reading : stage === "building" ? S.building : stage === "docx" ? S.buildingDocx : stage === "writing" ? S.writing : stage === "saving" ? S.savingWording : null;
  const failedCheck = report !== null && report.doc.check.errors > 0;

  const statusBar = (key: OutputKey) => {
    const s = status[key];
    return (
      <div className={styles.status} aria-live="polite">
        {s && (
          <MessageBar intent={s.intent} layout="multiline">
            <MessageBarBody>{s.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    );
  };

  return (
    <section className={styles.root} aria-label={S.sectionLabel} aria-busy={stage !== null}>
      <div className={styles.start}>
        <Button appearance="primary" onClick={onGenerate} disabled={busy} aria-describedby="nb-generate-hint">
          {S.generate}
        </Button>
        <Caption1 id="nb-generate-hint">{S.generateHint}</Caption1>
      </div>

      <div aria-live="polite">
        {progress && <Spinner size="tiny" label={progress} />}
      </div>

      {error && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{S.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => setError(null)}>
              {S.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {report && (
        <div className={styles.outputs} role="group" aria-labelledby="nb-outputs-heading">
          <h2 id="nb-outputs-heading" className={styles.heading} tabIndex={-1} ref={headingRef}>
            <Subtitle2>{failedCheck ? S.readyFailed : S.readyTitle}</Subtitle2>
          </h2>
          <Body1>{report.doc.title}</Body1>
          <Caption1>{S.generatedAt(time(report.at))}</Caption1>
          {stale && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{S.stale}</MessageBarBody>
            </MessageBar>
          )}

          <WordingChoices wording={report.doc.wording} onChoose={onChooseWording} disabled={busy} />

          <div className={styles.output}>
            <Button onClick={onDownload} disabled={busy || !report.docx.ok} aria-describedby="nb-download-hint">
              {S.download}
            </Button>
            <Caption1 id="nb-download-hint">{S.downloadHint(report.fileName)}</Caption1>
            {statusBar("download")}
          </div>

          <div className={styles.output}>
            <Button onClick={() => void onCopy()} disabled={busy || report.refused !== undefined} aria-describedby="nb-copy-hint">
              {S.copy}
            </Button>
            <Caption1 id="nb-copy-hint">{S.copyHint}</Caption1>
            {statusBar("copy")}
          </div>

          <div className={styles.output}>
            <Button onClick={() => void onWriteSheet()} disabled={busy || report.refused !== undefined} aria-describedby="nb-sheet-hint">
              {S.writeSheet}
            </Button>
            <Caption1 id="nb-sheet-hint">{S.writeSheetHint}</Caption1>
            {statusBar("sheet")}
          </div>
        </div>
      )}

      <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && setPending(null)} modalType="alert">
        <DialogSurface aria-describedby="nb-confirm-body">
          <DialogBody>
            <DialogTitle>{S.confirmTitle}</DialogTitle>
            <DialogContent id="nb-confirm-body">{pending ? S.confirmBody(pending.errors) : ""}</DialogContent>
            <DialogActions className={styles.dialogActions}>
              <Button appearance="primary" onClick={onConfirm}>
                {S.confirm}
              </Button>
              <Button onClick={() => setPending(null)}>{S.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
