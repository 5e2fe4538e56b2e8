/**
 * The ribbon's function file. The only ribbon button (打开年报助手) is a ShowTaskpane action, so there are no
 * command functions yet; the file must still initialise office.js so Office considers the add-in ready.
 */
import { officeReady } from "../workbook/office";

void officeReady();
