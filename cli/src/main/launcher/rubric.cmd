@echo off
rem rubric.cmd: runs rubric.jar, which lies in the same folder as this script, with the
rem arguments given. Java is %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the
rem PATH; options for the JVM go in JAVA_OPTS. Exits with Rubric's exit status.
setlocal
set "RUBRIC_JAVA=java"
if defined JAVA_HOME set "RUBRIC_JAVA=%JAVA_HOME%\bin\java.exe"
"%RUBRIC_JAVA%" %JAVA_OPTS% -jar "%~dp0rubric.jar" %*
exit /b %ERRORLEVEL%
