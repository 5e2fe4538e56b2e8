/**
 * Change and selection events of the Office.js adapter (office-platform.md §3.2, §3.3). One subscription lives as
 * long as the pane: it covers every sheet, those added later included.
 *
 * - Changes: `worksheets.onChanged` (ExcelApi 1.9), or each sheet's `onChanged` (1.7) plus `worksheets.onAdded` to
 *   cover sheets the user adds; sheets the add-in adds while events are switched off are covered by `coverNewSheets`,
 *   which the adapter calls after such a batch.
 * - Selection: `worksheets.onSelectionChanged` (1.9), each sheet's `onSelectionChanged` (1.7), or
 *   `workbook.onSelectionChanged` (1.2), which says neither sheet nor address.
 * - A change is the add-in's own (`byAddin`) only when Excel says so (`triggerSource`, 1.14). Below that nothing is
 *   guessed: a guess by time and place would hide a user's edit of a cell the add-in had just written.
 * - Registering is a batch, and Excel refuses batches while a cell is being edited unless they can be delayed
 *   (`delayForCellEdit`, 1.5): the subscription then rejects and the caller retries.
 *
 * The handlers only read (a sheet's name by id, once per new sheet); they never write.
 */
import type { ChangeEvent, SelectionEvent, Unsubscribe } from "./port";

/** What the events need from the adapter. */
export interface EventHost {
  /** `Excel.run`, with `delayForCellEdit` where the host has it. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Excel.run` on an existing context (to remove handlers where they were added). */
  runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Events for all sheets at once (ExcelApi 1.9). */
  workbookEvents: boolean;
  /** Per-sheet change and selection events, `worksheets.onAdded` (1.7). */
  sheetEvents: boolean;
  /** `WorksheetChangedEventArgs.triggerSource` (1.14). */
  triggerSource: boolean;
}

type Handlers = OfficeExtension.EventHandlerResult<unknown>;

/** The fields of Excel's change and selection event arguments read here (absent for `workbook.onSelectionChanged`). */
interface EventArgs {
  worksheetId?: string;
  address?: string;
  source?: string;
  triggerSource?: string;
}

/** One live subscription: what it listens with, and the sheets it covers when events are per sheet. */
interface Subscription {
  kind: "changed" | "selection";
  listener: (args: EventArgs) => Promise<void>;
  results: Handlers[];
  /** Sheet ids with a handler (per-sheet events only). */
  covered: Set<string>;
  perSheet: boolean;
  removed: boolean;
}

/** An error Excel returned (it has a string `code`), as opposed to a fault in this code. */
function isHostError(e: unknown): boolean {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";
}

/** The events of one OfficeWorkbook. */
export class OfficeEvents {
  /** Worksheet id → name, filled when subscribing and refreshed when an event names an unknown id. */
  private readonly sheetNames = new Map<string, string>();
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly host: EventHost) {}

  /** Remember sheet names the adapter has read anyway. */
  remember(sheets: { id: string; name: string }[]): void {
    for (const s of sheets) this.sheetNames.set(s.id, s.name);
  }

  onChanged(handler: (event: ChangeEvent) => void): Promise<Unsubscribe> {
    return this.subscribe("changed", this.host.workbookEvents, async (args) => {
      const sheet = args.worksheetId === undefined ? "" : await this.sheetName(args.worksheetId);
      handler({
        sheet,
        address: args.address,
        source: args.source === "Remote" ? "remote" : "local",
        byAddin: this.host.triggerSource && args.triggerSource === "ThisLocalAddin",
      });
    });
  }

  onSelectionChanged(handler: (event: SelectionEvent) => void): Promise<Unsubscribe> {
    return this.subscribe("selection", this.host.workbookEvents || !this.host.sheetEvents, async (args) => {
      // Workbook.onSelectionChanged (1.2) says neither the sheet nor the address.
      if (args.worksheetId === undefined) return handler({ sheet: "" });
      handler({ sheet: await this.sheetName(args.worksheetId), address: args.address });
    });
  }

  /**
   * Give per-sheet subscriptions (ExcelApi 1.7–1.8) handlers on sheets they do not cover yet: after the add-in added
   * sheets with events switched off, when no `onAdded` fires. One batch, and only when such a subscription exists.
   */
  async coverNewSheets(): Promise<void> {
    const open = [...this.subscriptions].filter((s) => s.perSheet && !s.removed);
    if (open.length === 0) return;
    await this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      this.remember(sheets.items);
      for (const sub of open) this.addSheetHandlers(sub, sheets.items);
      await context.sync();
    });
  }

  private subscribe(
    kind: Subscription["kind"],
    allAtOnce: boolean,
    deliver: (args: EventArgs) => Promise<void>,
  ): Promise<Unsubscribe> {
    const sub: Subscription = {
      kind,
      results: [],
      covered: new Set(),
      perSheet: !allAtOnce,
      removed: false,
      listener: async (args) => {
        if (!sub.removed) await deliver(args);
      },
    };
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      this.remember(sheets.items);
      if (sub.perSheet) {
        this.addSheetHandlers(sub, sheets.items);
        // Sheets the user adds later get handlers too (the add-in's own are covered by coverNewSheets).
        sub.results.push(sheets.onAdded.add(() => this.coverNewSheets().catch((e: unknown) => this.ignoreHostError(e))));
      } else if (kind === "changed") sub.results.push(sheets.onChanged.add(sub.listener));
      else if (this.host.workbookEvents) sub.results.push(sheets.onSelectionChanged.add(sub.listener));
      else sub.results.push(context.workbook.onSelectionChanged.add(() => sub.listener({})));
      await context.sync();
      this.subscriptions.add(sub);
      return () => this.unsubscribe(sub);
    });
  }

  private addSheetHandlers(sub: Subscription, sheets: Excel.Worksheet[]): void {
    for (const s of sheets) {
      if (sub.covered.has(s.id)) continue;
      sub.covered.add(s.id);
      sub.results.push(sub.kind === "changed" ? s.onChanged.add(sub.listener) : s.onSelectionChanged.add(sub.listener));
    }
  }

  /**
   * Stop calling the handler at once, then remove Excel's handlers where they were added. When Excel refuses the
   * removal (a cell being edited on a host that cannot delay batches), the handlers stay registered but do nothing.
   */
  private async unsubscribe(sub: Subscription): Promise<void> {
    if (sub.removed) return;
    sub.removed = true;
    this.subscriptions.delete(sub);
    await Promise.all(
      sub.results.map((r) =>
        this.host
          .runIn(r.context, async (context) => {
            r.remove();
            await context.sync();
          })
          .catch((e: unknown) => this.ignoreHostError(e)),
      ),
    );
  }

  /** Excel's refusal is expected here (the handler is already inert); a fault in this code is not. */
  private ignoreHostError(e: unknown): void {
    if (!isHostError(e)) throw e;
  }

  /** Name of a worksheet by id, reading the sheet list (one sync) only for an id not seen before; "" when Excel refuses. */
  private async sheetName(id: string): Promise<string> {
    const known = this.sheetNames.get(id);
    if (known !== undefined) return known;
    try {
      await this.host.run(async (context) => {
        const items = context.workbook.worksheets;
        items.load("items/id,items/name");
        await context.sync();
        this.remember(items.items);
      });
    } catch (e) {
      // The event is still a signal without its sheet's name.
      this.ignoreHostError(e);
    }
    return this.sheetNames.get(id) ?? "";
  }
}
