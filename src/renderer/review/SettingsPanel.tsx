import { Dialog } from '../Dialog';
import { ACCURACY_RULES, RULES, type RuleInfo } from '../../core';
import type { Settings } from '../../shared/ipc';
import { ruleSetting, type RuleSetting } from './ruleSetting';

/** Dialect, theme and which rules run at which severity, listed from the engine's rule registry. */
export function SettingsPanel(props: {
  settings: Settings;
  onChange: (settings: Settings) => void;
  onClose: () => void;
}) {
  const { settings } = props;

  const setRule = (id: string, value: RuleSetting) => {
    const rules = { ...settings.rules };
    if (value === 'default') delete rules[id];
    else rules[id] = value === 'off' ? false : value;
    props.onChange({ ...settings, rules });
  };

  return (
    <Dialog title="Settings" className="settings" onClose={props.onClose}>
      <div className="settings-row">
        <label htmlFor="setting-dialect">Spelling</label>
        <select
          id="setting-dialect"
          value={settings.dialect}
          onChange={(e) => props.onChange({ ...settings, dialect: e.target.value as Settings['dialect'] })}
        >
          <option value="auto">Detect from the article</option>
          <option value="en-GB">British English (en-GB)</option>
          <option value="en-US">American English (en-US)</option>
        </select>
      </div>
      <div className="settings-row">
        <label htmlFor="setting-theme">Theme</label>
        <select
          id="setting-theme"
          value={settings.theme}
          onChange={(e) => props.onChange({ ...settings, theme: e.target.value as Settings['theme'] })}
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
      <h3>Rules</h3>
      <RuleTable rules={RULES} settings={settings} onRule={setRule} />
      <h3>Accuracy rules (with a source)</h3>
      <RuleTable rules={ACCURACY_RULES} settings={settings} onRule={setRule} />
      {settings.dictionary.length > 0 && (
        <p className="muted">
          Your dictionary: {settings.dictionary.length === 1 ? '1 word' : `${settings.dictionary.length} words`} (
          {settings.dictionary.slice(0, 20).join(', ')}
          {settings.dictionary.length > 20 ? ', …' : ''}).
        </p>
      )}
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </Dialog>
  );
}

/** One row per rule: its id, what it flags, and a choice of on at its default, a severity, or off. */
function RuleTable(props: { rules: readonly RuleInfo[]; settings: Settings; onRule: (id: string, value: RuleSetting) => void }) {
  return (
    <table className="rules">
      <tbody>
        {props.rules.map((rule) => (
          <tr key={rule.id}>
            <th scope="row">
              <label htmlFor={`rule-${rule.id}`}>{rule.id}</label>
              <div className="rule-description">{rule.description}</div>
            </th>
            <td>
              <select id={`rule-${rule.id}`} value={ruleSetting(props.settings, rule)} onChange={(e) => props.onRule(rule.id, e.target.value as RuleSetting)}>
                <option value="default">{rule.enabledByDefault === false ? 'Off (default)' : `On (${rule.defaultSeverity})`}</option>
                <option value="error">error</option>
                <option value="warning">warning</option>
                <option value="info">info</option>
                <option value="off">Off</option>
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
