// The enterprise number of a workbook not linked yet, checked as it is typed (mod 97).

import { Field, Input } from "@fluentui/react-components";
import { analyseEnterpriseNumber } from "../../identifiers/enterprise-number";
import type { HomeStrings } from "../strings/home";

export type NumberValidity = "empty" | "valid" | "check-digits" | "shape";

export function numberValidity(text: string): NumberValidity {
  const analysis = analyseEnterpriseNumber(text);
  if (analysis.problem === "empty") return "empty";
  if (analysis.kind === "company") return "valid";
  return analysis.problem === "check-digits" && /^[01]/.test(analysis.normalised ?? "") ? "check-digits" : "shape";
}

export function EnterpriseNumberField(props: { value: string; onChange(value: string): void; onSubmit(): void; t: HomeStrings; disabled: boolean }) {
  const { value, t } = props;
  const validity = numberValidity(value);
  const state = validity === "valid" ? "success" : validity === "check-digits" ? "warning" : validity === "shape" ? "error" : "none";
  const message = { empty: t.numberHint, valid: t.numberValid, "check-digits": t.numberWrongCheck, shape: t.numberWrongShape }[validity];
  return (
    <Field label={t.numberLabel} validationState={state} validationMessage={message}>
      <Input
        value={value}
        inputMode="numeric"
        autoComplete="off"
        placeholder="0123.456.749"
        disabled={props.disabled}
        data-testid="enterprise-number"
        onChange={(_, data) => props.onChange(data.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && validity !== "empty" && validity !== "shape") props.onSubmit();
        }}
      />
    </Field>
  );
}
