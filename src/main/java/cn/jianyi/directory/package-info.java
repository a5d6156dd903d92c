/**
 * 名录维护 / Directory: the pages on which the administrator keeps the congresses with their terms and meetings, the
 * handling units and the deputies. The records and their use cases belong to the modules that own them
 * ({@code suggestion} for congresses, {@code identity} for units and deputies); this module only shows and edits them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "名录维护")
package cn.jianyi.directory;
