import { Component, type ReactNode } from 'react';

/**
 * A render error must not leave the accountant a blank pane: say what happened and how to go on.
 * Plain elements only, so the message shows even when the failure is in the theme or Fluent itself.
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, { readonly error: Error | null }> {
  override state: { readonly error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 16, fontFamily: '"Microsoft YaHei", "微软雅黑", sans-serif', lineHeight: 1.6 }}>
        <p style={{ fontWeight: 600 }}>预算公开助手出错了，请关闭任务窗格后重新打开。</p>
        <p>工作簿中的数据没有改动。如果问题重复出现，请把下面这行文字告诉维护人员：</p>
        <p style={{ color: '#a4262c', wordBreak: 'break-all' }}>{this.state.error.message}</p>
      </div>
    );
  }
}
