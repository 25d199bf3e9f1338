// One labelled on/off switch, as the popup and the options page show them.
interface Props {
  testId: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

export function Switch({ testId, label, checked, disabled = false, onChange }: Props) {
  return (
    <label class="mdm-switch">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
