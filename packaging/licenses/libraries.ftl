<#-- license-maven-plugin template: one tab-separated line per library for ThirdPartyNotice.java:
     groupId, artifactId, version, name, url, licences (joined by |). -->
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.groupId}	${p.artifactId}	${p.version}	${(p.name)!p.artifactId}	${(p.url)!""}	<#list e.getValue() as licence>${licence}<#if licence_has_next>|</#if></#list>
</#list>
