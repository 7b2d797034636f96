/** ACHIEVEMENT and STATUS through their registered entry points: scalars, columns, direction, thresholds, errors. */
import { cellResult, installCustomFunctions } from "../support/custom-functions";
import { registeredFunctions } from "../support/registered-functions";

installCustomFunctions();

let call: (id: string, ...args: unknown[]) => unknown;

beforeAll(async () => {
  const registered = await registeredFunctions();
  call = (id, ...args) => cellResult(() => registered.byId[id](...args));
});

const anError = (code: string, message: RegExp) => ({ error: code, message: expect.stringMatching(message) });

describe("CDTO.ACHIEVEMENT", () => {
  it("is fact / plan: 0,45 of 0,5 is 0,9", () => {
    expect(call("ACHIEVEMENT", [[0.45]], [[0.5]])).toEqual([[0.9]]);
  });

  it("inverts for «меньше»: 12 days against a plan of 10 is 10/12", () => {
    expect((call("ACHIEVEMENT", [[12]], [[10]], [["меньше"]]) as number[][])[0][0]).toBeCloseTo(10 / 12, 12);
  });

  it("maps a column, with a blank fact blank and a zero plan met from zero up", () => {
    expect(call("ACHIEVEMENT", [[0.45], [null], [0], ["18 %"]], [[0.5], [0.5], [0], [0.2]])).toEqual([[0.9], [""], [1], [0.9]]);
  });

  it("gives #N/A with a message for a missing plan, and #VALUE! for a wrong direction or a fact that is not a number", () => {
    expect(call("ACHIEVEMENT", [[0.45]], [[null]])).toEqual(anError("#N/A", /План не указан/));
    expect(call("ACHIEVEMENT", [[0.45]], [["x"]])).toEqual(anError("#N/A", /План не указан/));
    expect(call("ACHIEVEMENT", [[0.45]], [[0.5]], [["вбок"]])).toEqual(anError("#VALUE!", /Направление «вбок» не понято/));
    expect(call("ACHIEVEMENT", [["много"]], [[0.5]])).toEqual(anError("#VALUE!", /Факт: «много» — не число/));
    // In a column, each row gets its own error and the others still compute.
    const column = call("ACHIEVEMENT", [[0.45], [0.45]], [[null], [0.5]]) as unknown[][];
    expect(column[0][0]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/План не указан/) });
    expect(column[1]).toEqual([0.9]);
  });
});

describe("CDTO.STATUS", () => {
  it("says «под угрозой» for 0,45 of 0,5, «достигнуто» from the plan, «не достигнуто» below 90 %", () => {
    expect(call("STATUS", [[0.45], [0.5], [0.44], [null]], [[0.5], [0.5], [0.5], [0.5]])).toEqual([["под угрозой"], ["достигнуто"], ["не достигнуто"], [""]]);
  });

  it("takes the thresholds from two cells, and the direction", () => {
    expect(call("STATUS", [[0.45]], [[0.5]], [[0.9, 0.8]])).toEqual([["достигнуто"]]);
    expect(call("STATUS", [[11]], [[10]], null, [["меньше"]])).toEqual([["под угрозой"]]);
  });

  it("refuses thresholds that are not two numbers, or in the wrong order", () => {
    expect(call("STATUS", [[0.45]], [[0.5]], [[1, 0.9, 0.8]])).toEqual({ error: "#VALUE!", message: expect.stringMatching(/две ячейки/) });
    expect(call("STATUS", [[0.45]], [[0.5]], [[0.8, 0.9]])).toEqual({ error: "#VALUE!", message: expect.stringMatching(/не может быть выше/) });
  });
});
