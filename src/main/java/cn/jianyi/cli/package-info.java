/**
 * 命令行 / Command line: {@code bin/jianyi COMMAND ARGS} runs the application without its web server, performs one
 * command against the configured database and exits. Commands: {@code deadline FROM AMOUNT UNIT},
 * {@code render-demo DIR}, {@code verify-feedback}, {@code verify-audit}, {@code parse FILE...},
 * {@code backup DIR}, {@code restore [--force] DIR} (the work itself in the {@code backup} module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "命令行")
package cn.jianyi.cli;
